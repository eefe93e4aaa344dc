#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class PlaygroundServer;

// The desktop window. It is handed the server it shows; it owns neither.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(PlaygroundServer *server, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void updateServerStatus();

    std::unique_ptr<Ui::MainWindow> m_ui;
    PlaygroundServer *m_server;
};

#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ServerPanel;
}
class PlaygroundServer;
class PolicyController;

// The server's address, start/stop and port, the mode switch and the form of the active mode.
class ServerPanel : public QWidget
{
    Q_OBJECT

public:
    ServerPanel(PlaygroundServer *server, PolicyController *controller, QWidget *parent = nullptr);
    ~ServerPanel() override;

    // Starts the server on the port in the form (or stops it when it runs).
    void toggleServer();
    void restartServer();

protected:
    void changeEvent(QEvent *event) override;

private:
    void proposeFromForms(const QString &field);
    void showPolicy();
    void showServerState();

    std::unique_ptr<Ui::ServerPanel> m_ui;
    PlaygroundServer *m_server;
    PolicyController *m_controller;
};

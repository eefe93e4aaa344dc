#pragma once

#include "FetchRequest.h"
#include "SimulationResult.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class BrowserSimulator;
class PlaygroundServer;
class PolicyController;
class QLabel;
class QSettings;
class RequestComposer;
class RequestLog;
class RequestLogView;
class ServerPanel;

// The desktop window. It is handed the server, its log and the settings; it owns none of them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Tab { Result, SequenceDiagram, RequestLog, OriginInspector };

    MainWindow(PlaygroundServer *server, RequestLog *log, QSettings *settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    PolicyController *policyController() const { return m_controller; }
    RequestComposer *composer() const;
    void showTab(Tab tab);
    // Runs the composer's request in the simulated browser; the result arrives later.
    void sendRequest(const FetchRequest &request);

Q_SIGNALS:
    void simulationFinished(const SimulationResult &result);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateServerStatus();
    void openPolicy();
    void savePolicy();
    void restoreSettings();

    std::unique_ptr<Ui::MainWindow> m_ui;
    PlaygroundServer *m_server;
    QSettings *m_settings;
    PolicyController *m_controller;
    ServerPanel *m_serverPanel;
    RequestLogView *m_logView;
    BrowserSimulator *m_simulator;
    QLabel *m_serverStatusLabel;
};

#pragma once

#include <QObject>

class PolicyController;
class QStatusBar;
class QWidget;
struct SimulationResult;

// The window's file dialogs: open and save a policy file (the public JSON format), save a
// simulated exchange as HAR. A file that cannot be read or written is named with the reason,
// and the last good policy stays. GUI thread only.
class PolicyFiles : public QObject
{
    Q_OBJECT

public:
    PolicyFiles(QWidget *window, PolicyController *controller, QStatusBar *statusBar);

    void openPolicy();
    void savePolicy();
    void saveHar(const SimulationResult &result);

private:
    QWidget *m_window;
    PolicyController *m_controller;
    QStatusBar *m_statusBar;
};

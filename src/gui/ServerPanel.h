#pragma once

#include "core/policy/CorsPolicy.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ServerPanel;
}
class FrameworkOptionsForm;
class PlaygroundServer;
class PolicyController;

// The server's address, start/stop and port, the mode and library switches and the form of the
// active one (each library's options under its own names),
// under a banner that always says whether the server runs what the forms show.
class ServerPanel : public QWidget
{
    Q_OBJECT

public:
    ServerPanel(PlaygroundServer *server, PolicyController *controller, QWidget *parent = nullptr);
    ~ServerPanel() override;

    // Starts the server on the port in the form (or stops it when it runs).
    void toggleServer();
    void restartServer();
    // Applies what the forms show, as Send does before it sends; false when something in them
    // is invalid (then the server keeps the last applied policy).
    bool commitEdits();
    // The names a person sees for the fields that are not applied; empty when all are.
    QStringList pendingFieldLabels() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QList<FrameworkOptionsForm *> frameworkForms() const;
    CorsPolicy formsPolicy(PolicyErrors *formProblems) const;
    void draftFromForms();
    void commitFromForms(const QString &field);
    void switchFramework();
    void showPolicy();
    void showMode();
    void showDraftState();
    void showBannerRole(const QString &role);
    void showServerState();
    void movePort();
    void showPortError(const QString &error);
    QString fieldLabel(const QString &field) const;

    std::unique_ptr<Ui::ServerPanel> m_ui;
    PlaygroundServer *m_server;
    PolicyController *m_controller;
};

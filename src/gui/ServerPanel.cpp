#include "gui/ServerPanel.h"

#include "core/server/PlaygroundServer.h"
#include "gui/PolicyController.h"
#include "ui_ServerPanel.h"

ServerPanel::ServerPanel(PlaygroundServer *server, PolicyController *controller, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ServerPanel>())
    , m_server(server)
    , m_controller(controller)
{
    m_ui->setupUi(this);
    connect(m_ui->serverModeCombo, &QComboBox::currentIndexChanged, this,
            [this] { proposeFromForms(QString()); });
    connect(m_ui->middlewareForm, &MiddlewareForm::edited, this, &ServerPanel::proposeFromForms);
    connect(m_ui->manualForm, &ManualForm::edited, this, &ServerPanel::proposeFromForms);
    connect(m_ui->startStopButton, &QPushButton::clicked, this, &ServerPanel::toggleServer);
    connect(controller, &PolicyController::policyChanged, this, &ServerPanel::showPolicy);
    connect(controller, &PolicyController::validationChanged, this,
            [this](const PolicyErrors &errors) {
                m_ui->middlewareForm->showErrors(errors);
                m_ui->manualForm->showErrors(errors);
            });
    connect(server, &PlaygroundServer::listeningChanged, this, &ServerPanel::showServerState);
    if (server->isListening())
        m_ui->portSpin->setValue(server->port());
    showPolicy();
    showServerState();
}

ServerPanel::~ServerPanel() = default;

void ServerPanel::proposeFromForms(const QString &field)
{
    CorsPolicy policy = m_controller->policy();
    policy.mode = m_ui->serverModeCombo->currentIndex() == 1 ? CorsPolicy::Mode::Manual
                                                             : CorsPolicy::Mode::Middleware;
    policy.middleware = m_ui->middlewareForm->options();
    policy.manualPreflight = m_ui->manualForm->preflight();
    policy.manualActual = m_ui->manualForm->actual();
    m_ui->formStack->setCurrentIndex(m_ui->serverModeCombo->currentIndex());
    const QString description
        = field.isEmpty() ? tr("Change the policy") : tr("Edit %1").arg(field);
    m_controller->propose(policy, description, field);
}

void ServerPanel::showPolicy()
{
    const CorsPolicy &policy = m_controller->policy();
    const int mode = policy.mode == CorsPolicy::Mode::Manual ? 1 : 0;
    {
        const QSignalBlocker blocker(m_ui->serverModeCombo);
        m_ui->serverModeCombo->setCurrentIndex(mode);
    }
    m_ui->formStack->setCurrentIndex(mode);
    m_ui->middlewareForm->setOptions(policy.middleware);
    m_ui->manualForm->setResponses(policy.manualPreflight, policy.manualActual);
}

void ServerPanel::toggleServer()
{
    if (m_server->isListening()) {
        m_server->stop();
        return;
    }
    restartServer();
}

void ServerPanel::restartServer()
{
    QString error;
    if (!m_server->start(QHostAddress::LocalHost, quint16(m_ui->portSpin->value()), &error)) {
        m_ui->policyError->setText(tr("The server could not start: %1").arg(error));
        m_ui->policyError->setVisible(true);
        return;
    }
    m_ui->policyError->setVisible(false);
}

void ServerPanel::showServerState()
{
    const bool listening = m_server->isListening();
    const QString url = m_server->baseUrl().toString();
    m_ui->urlLabel->setText(listening ? tr("Listening on <a href=\"%1\">%1</a>").arg(url)
                                      : tr("Stopped"));
    m_ui->startStopButton->setText(listening ? tr("Stop") : tr("Start"));
}

void ServerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showServerState();
    }
    QWidget::changeEvent(event);
}

#include "gui/ServerPanel.h"

#include "core/policy/FrameworkConversion.h"
#include "core/policy/FrameworkOptionsJson.h"
#include "core/policy/PolicyKeys.h"
#include "core/server/PlaygroundServer.h"
#include "gui/PolicyController.h"
#include "gui/WindowAppearance.h"
#include "ui_ServerPanel.h"

#include <QSet>

ServerPanel::ServerPanel(PlaygroundServer *server, PolicyController *controller, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ServerPanel>())
    , m_server(server)
    , m_controller(controller)
{
    m_ui->setupUi(this);
    for (const CorsPolicy::Framework framework : CorsPolicy::frameworks())
        m_ui->frameworkCombo->addItem(CorsPolicy::frameworkTitle(framework));
    connect(m_ui->serverModeCombo, &QComboBox::currentIndexChanged, this,
            [this] { commitFromForms(PolicyKeys::mode); });
    connect(m_ui->middlewareForm, &MiddlewareForm::edited, this, &ServerPanel::draftFromForms);
    connect(m_ui->middlewareForm, &MiddlewareForm::committed, this, &ServerPanel::commitFromForms);
    connect(m_ui->manualForm, &ManualForm::committed, this, &ServerPanel::commitFromForms);
    connect(m_ui->frameworkCombo, &QComboBox::currentIndexChanged, this,
            &ServerPanel::switchFramework);
    for (FrameworkOptionsForm *form : frameworkForms()) {
        connect(form, &FrameworkOptionsForm::edited, this, &ServerPanel::draftFromForms);
        connect(form, &FrameworkOptionsForm::committed, this, &ServerPanel::commitFromForms);
    }
    connect(m_ui->discardEditsButton, &QPushButton::clicked, controller,
            &PolicyController::discardDraft);
    connect(m_ui->startStopButton, &QPushButton::clicked, this, &ServerPanel::toggleServer);
    // keyboardTracking is off: this is Enter, leaving the field or a step, not a keystroke.
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &ServerPanel::movePort);
    connect(controller, &PolicyController::policyChanged, this, &ServerPanel::showPolicy);
    connect(controller, &PolicyController::draftStateChanged, this, &ServerPanel::showDraftState);
    connect(controller, &PolicyController::validationChanged, this,
            [this](const PolicyErrors &errors) {
                m_ui->middlewareForm->showErrors(errors);
                m_ui->manualForm->showErrors(errors);
                for (FrameworkOptionsForm *form : frameworkForms())
                    form->showErrors(errors);
            });
    connect(server, &PlaygroundServer::listeningChanged, this, &ServerPanel::showServerState);
    showPolicy();
    showDraftState();
    showServerState();
}

ServerPanel::~ServerPanel() = default;

QList<FrameworkOptionsForm *> ServerPanel::frameworkForms() const
{
    return {m_ui->expressForm, m_ui->flaskCorsForm, m_ui->djangoCorsHeadersForm};
}

CorsPolicy ServerPanel::formsPolicy(PolicyErrors *formProblems) const
{
    CorsPolicy policy = m_controller->policy();
    policy.mode = m_ui->serverModeCombo->currentIndex() == 1 ? CorsPolicy::Mode::Manual
                                                             : CorsPolicy::Mode::Middleware;
    policy.framework = CorsPolicy::frameworks().value(m_ui->frameworkCombo->currentIndex());
    policy.middleware = m_ui->middlewareForm->options();
    // Each framework form's fields are read by the policy file's own reader, so a value of
    // the wrong kind gets the file's words.
    const auto read = [formProblems](const FrameworkOptionsForm *form, auto &options) {
        const QJsonObject values
            = form->values(FrameworkOptionsJson::toJson(options), formProblems);
        PolicyObjectReader reader(values, form->objectKey(), *formProblems);
        FrameworkOptionsJson::read(reader, options);
    };
    read(m_ui->expressForm, policy.express);
    read(m_ui->flaskCorsForm, policy.flaskCors);
    read(m_ui->djangoCorsHeadersForm, policy.djangoCorsHeaders);
    policy.manualPreflight = m_ui->manualForm->preflight();
    policy.manualActual = m_ui->manualForm->actual();
    return policy;
}

void ServerPanel::draftFromForms()
{
    PolicyErrors problems;
    const CorsPolicy policy = formsPolicy(&problems);
    m_controller->setDraft(policy, problems);
}

void ServerPanel::commitFromForms(const QString &field)
{
    showMode();
    draftFromForms();
    m_controller->commit(tr("Edit %1").arg(fieldLabel(field)));
}

void ServerPanel::switchFramework()
{
    PolicyErrors problems;
    const CorsPolicy current = formsPolicy(&problems);
    // The options being left are the applied ones (or the draft's, when it reads).
    CorsPolicy from = problems.isEmpty() ? current : m_controller->policy();
    from.framework = m_controller->policy().framework;
    const auto converted = FrameworkConversion::convert(from, current.framework);
    const QString fromName = m_ui->frameworkCombo->itemText(int(from.framework));
    if (converted.notCarried.isEmpty())
        m_ui->frameworkNote->setText(tr("The %1 options were carried over.").arg(fromName));
    else
        m_ui->frameworkNote->setText(
            tr("The %1 options were carried over, except: %2. Check these in the new form.")
                .arg(fromName, converted.notCarried.join(tr(", "))));
    m_ui->frameworkNote->setVisible(from.framework != current.framework);
    showMode();
    m_controller->propose(converted.policy,
                          tr("Switch to %1").arg(m_ui->frameworkCombo->currentText()));
}

bool ServerPanel::commitEdits()
{
    m_ui->middlewareForm->finishEditing();
    m_ui->manualForm->finishEditing();
    draftFromForms();
    return m_controller->commit(tr("Change the policy"));
}

QString ServerPanel::fieldLabel(const QString &field) const
{
    if (field == PolicyKeys::mode)
        return m_ui->serverModeLabel->text();
    if (field == PolicyKeys::framework)
        return m_ui->frameworkLabel->text().remove(u'&');
    for (const FrameworkOptionsForm *form : frameworkForms()) {
        const QString label = form->fieldLabel(field);
        if (!label.isEmpty())
            return label;
    }
    const QString label = m_ui->middlewareForm->fieldLabel(field);
    return label.isEmpty() ? m_ui->manualForm->fieldLabel(field) : label;
}

QStringList ServerPanel::pendingFieldLabels() const
{
    QStringList labels;
    for (const QString &field : m_controller->pendingFields())
        labels.append(fieldLabel(field));
    return labels;
}

void ServerPanel::showPolicy()
{
    const CorsPolicy &policy = m_controller->policy();
    {
        const QSignalBlocker modeBlocker(m_ui->serverModeCombo);
        m_ui->serverModeCombo->setCurrentIndex(policy.mode == CorsPolicy::Mode::Manual ? 1 : 0);
        const QSignalBlocker frameworkBlocker(m_ui->frameworkCombo);
        m_ui->frameworkCombo->setCurrentIndex(
            int(CorsPolicy::frameworks().indexOf(policy.framework)));
    }
    showMode();
    m_ui->middlewareForm->setOptions(policy.middleware);
    m_ui->expressForm->setValues(FrameworkOptionsJson::toJson(policy.express));
    m_ui->flaskCorsForm->setValues(FrameworkOptionsJson::toJson(policy.flaskCors));
    m_ui->djangoCorsHeadersForm->setValues(FrameworkOptionsJson::toJson(policy.djangoCorsHeaders));
    m_ui->manualForm->setResponses(policy.manualPreflight, policy.manualActual);
}

void ServerPanel::showMode()
{
    const bool manual = m_ui->serverModeCombo->currentIndex() == 1;
    QWidget *shown = m_ui->middlewareForm;
    if (manual)
        shown = m_ui->manualForm;
    else if (m_ui->frameworkCombo->currentIndex() > 0)
        shown = frameworkForms().value(m_ui->frameworkCombo->currentIndex() - 1);
    m_ui->frameworkLabel->setVisible(!manual);
    m_ui->frameworkCombo->setVisible(!manual);
    if (manual)
        m_ui->frameworkNote->hide();
    m_ui->formStack->setCurrentWidget(shown);
    // The hidden forms must not make the pane as tall as themselves.
    for (int index = 0; index < m_ui->formStack->count(); ++index) {
        QWidget *page = m_ui->formStack->widget(index);
        const auto policy = page == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        page->setSizePolicy(policy, policy);
    }
}

void ServerPanel::showDraftState()
{
    const QStringList pending = m_controller->pendingFields();
    m_ui->discardEditsButton->setVisible(!pending.isEmpty());
    if (pending.isEmpty()) {
        m_ui->policyStateLabel->setText(
            tr("\u2714 Applied: the server runs what this pane shows."));
        showBannerRole(QStringLiteral("applied"));
    } else {
        QSet<QString> invalid;
        for (const PolicyError &error : m_controller->draftErrors())
            invalid.insert(CorsPolicy::fieldOf(error.field));
        QStringList parts;
        for (const QString &field : pending) {
            const QString label = fieldLabel(field);
            if (invalid.contains(field))
                parts.append(tr("%1 (invalid)").arg(label));
            else if (!invalid.isEmpty())
                parts.append(tr("%1 (waiting for the invalid fields)").arg(label));
            else
                parts.append(tr("%1 (press Enter to apply)").arg(label));
        }
        m_ui->policyStateLabel->setText(
            tr("\u26a0 Not applied: %1. The server still runs the last applied policy.")
                .arg(parts.join(tr(", "))));
        showBannerRole(QStringLiteral("warning"));
    }
}

void ServerPanel::showBannerRole(const QString &role)
{
    // Every keystroke redraws the banner's words; its colours only change with the state.
    if (m_ui->policyStateBanner->property("role").toString() == role)
        return;
    m_ui->policyStateBanner->setProperty("role", role);
    WindowAppearance::showRole(m_ui->policyStateBanner);
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
        showPortError(tr("The server could not start on this port: %1").arg(error));
        return;
    }
    showPortError(QString());
}

void ServerPanel::movePort()
{
    const quint16 wanted = quint16(m_ui->portSpin->value());
    if (!m_server->isListening() || wanted == m_server->port()
        || (wanted == 0 && m_server->port() != 0))
        return;
    const quint16 previous = m_server->port();
    QString error;
    m_server->stop();
    if (m_server->start(QHostAddress::LocalHost, wanted, &error)) {
        showPortError(QString());
        return;
    }
    // Keep serving where it was, and say why it did not move.
    QString ignored;
    m_server->start(QHostAddress::LocalHost, previous, &ignored);
    showPortError(
        tr("Still on port %1: port %2 could not be used: %3").arg(previous).arg(wanted).arg(error));
}

void ServerPanel::showPortError(const QString &error)
{
    m_ui->portError->setText(error);
    m_ui->portError->setVisible(!error.isEmpty());
}

void ServerPanel::showServerState()
{
    const bool listening = m_server->isListening();
    const QString url = m_server->baseUrl().toString();
    m_ui->urlLabel->setText(listening ? tr("Listening on <a href=\"%1\">%1</a>").arg(url)
                                      : tr("Stopped"));
    m_ui->startStopButton->setText(listening ? tr("Stop") : tr("Start"));
    if (listening) {
        // The field shows where the server really is, whatever port it was asked for.
        const QSignalBlocker blocker(m_ui->portSpin);
        m_ui->portSpin->setValue(m_server->port());
    }
}

void ServerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showServerState();
        showDraftState();
    }
    QWidget::changeEvent(event);
}

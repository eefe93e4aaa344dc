#include "gui/PolicyController.h"

#include "core/server/PlaygroundServer.h"

#include <QUndoCommand>

class PolicyChangeCommand : public QUndoCommand
{
public:
    PolicyChangeCommand(PolicyController *controller, CorsPolicy before, CorsPolicy after,
                        const QString &description)
        : QUndoCommand(description)
        , m_controller(controller)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }

    void redo() override { m_controller->apply(m_after); }
    void undo() override { m_controller->apply(m_before); }

private:
    PolicyController *m_controller;
    CorsPolicy m_before;
    CorsPolicy m_after;
};

PolicyController::PolicyController(PlaygroundServer *server, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_policy(server->policy())
    , m_draft(m_policy)
{ }

QStringList PolicyController::pendingFields() const
{
    QStringList fields = m_draft.differingFields(m_policy);
    for (const PolicyError &error : m_draftErrors) {
        const QString field = CorsPolicy::fieldOf(error.field);
        if (!fields.contains(field))
            fields.append(field);
    }
    return fields;
}

void PolicyController::setDraft(const CorsPolicy &draft, const PolicyErrors &formProblems)
{
    m_draft = draft;
    m_draftErrors = formProblems + draft.validate();
    Q_EMIT validationChanged(m_draftErrors);
    Q_EMIT draftStateChanged();
}

bool PolicyController::commit(const QString &description)
{
    if (!m_draftErrors.isEmpty())
        return false;
    if (m_draft != m_policy)
        m_undoStack.push(new PolicyChangeCommand(this, m_policy, m_draft, description));
    return true;
}

bool PolicyController::propose(const CorsPolicy &policy, const QString &description)
{
    setDraft(policy);
    return commit(description);
}

void PolicyController::discardDraft()
{
    apply(m_policy);
}

void PolicyController::apply(const CorsPolicy &policy)
{
    m_policy = policy;
    m_draft = policy;
    m_draftErrors.clear();
    m_server->setPolicy(policy);
    Q_EMIT policyChanged(policy);
    Q_EMIT validationChanged(m_draftErrors);
    Q_EMIT draftStateChanged();
}

#include "gui/PolicyController.h"

#include "core/server/PlaygroundServer.h"

#include <QUndoCommand>

class PolicyChangeCommand : public QUndoCommand
{
public:
    PolicyChangeCommand(PolicyController *controller, CorsPolicy before, CorsPolicy after,
                        const QString &description, const QString &mergeKey)
        : QUndoCommand(description)
        , m_controller(controller)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey)
    { }

    void redo() override { m_controller->apply(m_after); }
    void undo() override { m_controller->apply(m_before); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const PolicyChangeCommand *>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    PolicyController *m_controller;
    CorsPolicy m_before;
    CorsPolicy m_after;
    QString m_mergeKey;
};

PolicyController::PolicyController(PlaygroundServer *server, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_policy(server->policy())
{ }

bool PolicyController::propose(const CorsPolicy &policy, const QString &description,
                               const QString &mergeKey)
{
    const PolicyErrors errors = policy.validate();
    Q_EMIT validationChanged(errors);
    if (!errors.isEmpty())
        return false;
    if (policy == m_policy)
        return true;
    m_undoStack.push(new PolicyChangeCommand(this, m_policy, policy, description, mergeKey));
    return true;
}

void PolicyController::apply(const CorsPolicy &policy)
{
    m_policy = policy;
    m_server->setPolicy(policy);
    Q_EMIT policyChanged(policy);
}

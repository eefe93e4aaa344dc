#pragma once

#include "core/policy/CorsPolicy.h"

#include <QObject>
#include <QUndoStack>

class PlaygroundServer;

// The policy the editor shows and the server serves. Every proposed edit is validated; a valid
// one reaches the server at once as an undoable step, an invalid one is reported and never
// applied, so the server always keeps the last good policy.
class PolicyController : public QObject
{
    Q_OBJECT

public:
    explicit PolicyController(PlaygroundServer *server, QObject *parent = nullptr);

    const CorsPolicy &policy() const { return m_policy; }
    QUndoStack *undoStack() { return &m_undoStack; }

    // mergeKey groups keystrokes in one field into one undo step; empty for a separate step.
    bool propose(const CorsPolicy &policy, const QString &description,
                 const QString &mergeKey = QString());

Q_SIGNALS:
    void policyChanged(const CorsPolicy &policy);
    void validationChanged(const PolicyErrors &errors);

private:
    friend class PolicyChangeCommand;
    void apply(const CorsPolicy &policy);

    PlaygroundServer *m_server;
    CorsPolicy m_policy;
    QUndoStack m_undoStack;
};

#pragma once

#include "core/policy/CorsPolicy.h"

#include <QObject>
#include <QUndoStack>

class PlaygroundServer;

// The policy the server runs (applied) and the one the forms show (the draft). Forms report
// every keystroke as a draft, which is validated at once so errors show beside the field, but
// only a commit (Enter, leaving the field, Send) applies it, and only when the whole draft is
// valid: the server never runs a prefix of what is being typed, and keeps the last applied
// policy as a whole while any field is invalid. Each commit is one undoable step.
class PolicyController : public QObject
{
    Q_OBJECT

public:
    explicit PolicyController(PlaygroundServer *server, QObject *parent = nullptr);

    // What the server runs.
    const CorsPolicy &policy() const { return m_policy; }
    const CorsPolicy &draft() const { return m_draft; }
    const PolicyErrors &draftErrors() const { return m_draftErrors; }
    // The fields (JSON keys) the forms show differently from what the server runs, or that
    // hold something invalid.
    QStringList pendingFields() const;
    QUndoStack *undoStack() { return &m_undoStack; }

    // formProblems are what the forms could not even read (a literal that does not parse):
    // they block a commit as the policy's own errors do.
    void setDraft(const CorsPolicy &draft, const PolicyErrors &formProblems = {});
    // Applies the draft when it is valid; false (and nothing applied) otherwise.
    bool commit(const QString &description);
    // Drafts a whole policy and commits it: opening a file, loading a scenario.
    bool propose(const CorsPolicy &policy, const QString &description);
    // Forgets the edits that are not applied: the forms show the server's policy again.
    void discardDraft();

Q_SIGNALS:
    // The applied policy changed (a commit, undo or redo): forms show it.
    void policyChanged(const CorsPolicy &policy);
    void validationChanged(const PolicyErrors &errors);
    // The draft or the applied policy changed, so the set of pending fields may have.
    void draftStateChanged();

private:
    friend class PolicyChangeCommand;
    void apply(const CorsPolicy &policy);

    PlaygroundServer *m_server;
    CorsPolicy m_policy;
    CorsPolicy m_draft;
    PolicyErrors m_draftErrors;
    QUndoStack m_undoStack;
};

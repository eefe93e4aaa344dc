#pragma once

#include "core/policy/MiddlewareOptions.h"
#include "core/policy/PolicyError.h"

#include <QWidget>

#include <memory>

class CommitWatcher;

namespace Ui {
class MiddlewareForm;
}

// The CORSMiddleware options as a form. It reports edits and commits; the controller decides.
class MiddlewareForm : public QWidget
{
    Q_OBJECT

public:
    explicit MiddlewareForm(QWidget *parent = nullptr);
    ~MiddlewareForm() override;

    MiddlewareOptions options() const;
    // Shows these options unless the form already shows them (so typing is never disturbed).
    void setOptions(const MiddlewareOptions &options);
    // Shows each error next to its field; fields without errors hide theirs.
    void showErrors(const PolicyErrors &errors);
    // The label a person sees for a JSON field of the middleware options; empty if not ours.
    QString fieldLabel(const QString &field) const;
    // Takes in what is typed in a number field but not yet entered, before a commit.
    void finishEditing();

Q_SIGNALS:
    // field is the JSON key; edited on every keystroke, committed on Enter, on moving to
    // another field of the window (not on switching to another window) and on every click of
    // a check box.
    void edited(const QString &field);
    void committed(const QString &field);

protected:
    void changeEvent(QEvent *event) override;

private:
    void watchForCommits(QWidget *edit, const QString &field);
    void updateListHeights();
    void updateOriginHint();

    std::unique_ptr<Ui::MiddlewareForm> m_ui;
    CommitWatcher *m_commitWatcher;
};

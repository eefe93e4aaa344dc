#pragma once

#include <QObject>
#include <QString>

class QWidget;

// Says when a policy field's value is finished: Enter (without Ctrl, which is Send) or the
// focus moving to another field of the window. Switching to another window or opening a
// context menu leaves the typing unfinished. Shared by every policy form.
class CommitWatcher : public QObject
{
    Q_OBJECT

public:
    explicit CommitWatcher(QObject *parent = nullptr);

    // field is the policy's JSON field the editor shows.
    void watch(QWidget *editor, const QString &field);

Q_SIGNALS:
    void committed(const QString &field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

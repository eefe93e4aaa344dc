#include "gui/CommitWatcher.h"

#include <QFocusEvent>
#include <QKeyEvent>
#include <QWidget>

namespace {

const char *const FieldProperty = "policyField";

} // namespace

CommitWatcher::CommitWatcher(QObject *parent)
    : QObject(parent)
{ }

void CommitWatcher::watch(QWidget *editor, const QString &field)
{
    editor->installEventFilter(this);
    editor->setProperty(FieldProperty, field);
}

bool CommitWatcher::eventFilter(QObject *watched, QEvent *event)
{
    const QString field = watched->property(FieldProperty).toString();
    if (field.isEmpty())
        return false;
    if (event->type() == QEvent::FocusOut) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason)
            Q_EMIT committed(field);
    } else if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !(key->modifiers() & Qt::ControlModifier))
            Q_EMIT committed(field);
    }
    return false;
}

#include "gui/TooltipWrapper.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QTextDocument>
#include <QToolTip>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

TooltipWrapper::TooltipWrapper(QObject *parent)
    : QObject(parent)
{ }

QString TooltipWrapper::wrapped(const QString &plainText)
{
    // Qt word-wraps a tooltip only when it is rich text.
    return u"<p>"_s + plainText.toHtmlEscaped() + u"</p>"_s;
}

bool TooltipWrapper::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || !watched->isWidgetType())
        return QObject::eventFilter(watched, event);
    auto *widget = static_cast<QWidget *>(watched);
    const auto *help = static_cast<QHelpEvent *>(event);
    QString text = widget->toolTip();
    QRect area;
    // Item views show their items' tooltips from the viewport.
    if (auto *view = qobject_cast<QAbstractItemView *>(widget->parentWidget());
        view && view->viewport() == widget) {
        const QModelIndex index = view->indexAt(help->pos());
        text = index.data(Qt::ToolTipRole).toString();
        area = view->visualRect(index);
    }
    if (text.isEmpty() || Qt::mightBeRichText(text))
        return QObject::eventFilter(watched, event);
    QToolTip::showText(help->globalPos(), wrapped(text), widget, area);
    return true;
}

#include "core/classroom/Scenario.h"

#include <QCoreApplication>

QString Scenario::title() const
{
    return QCoreApplication::translate("Scenario", sourceTitle.toUtf8().constData());
}

QString Scenario::lesson() const
{
    return QCoreApplication::translate("Scenario", sourceLesson.toUtf8().constData());
}

FetchRequest Scenario::requestFor(const QUrl &serverUrl) const
{
    FetchRequest pointed = request;
    pointed.url = serverUrl.resolved(QUrl(path));
    return pointed;
}

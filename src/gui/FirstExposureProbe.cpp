#include "gui/FirstExposureProbe.h"

#include <QApplication>
#include <QEvent>
#include <QTextStream>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <chrono>

FirstExposureProbe::FirstExposureProbe(QWidget *window)
    : QObject(window)
{
    window->windowHandle()->installEventFilter(this);
}

bool FirstExposureProbe::eventFilter(QObject *watched, QEvent *event)
{
    const auto *window = qobject_cast<QWindow *>(watched);
    if (event->type() == QEvent::Expose && window && window->isExposed() && !m_reported) {
        m_reported = true;
        // Queued: the widgets paint while this expose event is handled, after this filter.
        QTimer::singleShot(0, this, [] {
            const auto now = std::chrono::system_clock::now().time_since_epoch();
            QTextStream(stdout) << "shown "
                                << std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()
                                << Qt::endl;
            QApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

#pragma once

#include <QObject>

class QWidget;

// For start-up measurements (bench/startup.py): once the window has been exposed and painted
// for the first time, prints "shown <nanoseconds since the Unix epoch>" and quits. The same
// probe watches the empty reference window, so both are timed alike.
class FirstExposureProbe : public QObject
{
    Q_OBJECT

public:
    // Call after window->show(), when the native window exists.
    explicit FirstExposureProbe(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_reported = false;
};

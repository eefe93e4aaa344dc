#pragma once

#include <QObject>

class QAction;
class QWidget;

// The Help menu's dialogs: getting started, every keyboard shortcut of the window (read from
// its actions, so the list is never out of date), and About. GUI thread only.
class HelpMenu : public QObject
{
    Q_OBJECT

public:
    explicit HelpMenu(QWidget *window);

    void showShortcuts();
    // What to press once the first lesson is loaded; not modal, so the window stays usable.
    void showGettingStarted();
    void showAbout();

private:
    QWidget *m_window;
};

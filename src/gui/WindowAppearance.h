#pragma once

#include <QList>
#include <QObject>
#include <QPalette>

class QWidget;

// The window's text size and colours: zoom in 10% steps for a projector, and a high-contrast
// scheme that keeps every field's border and makes placeholders look unlike values. Applied
// to one top-level window and everything in it (the colours to the whole application, so its
// dialogs follow); GUI thread only.
class WindowAppearance : public QObject
{
    Q_OBJECT

public:
    static constexpr int MinimumZoom = 50;
    static constexpr int MaximumZoom = 300;
    static constexpr int ZoomStep = 10;

    explicit WindowAppearance(QWidget *window);

    // The zoom levels offered in the menu, in percent.
    static QList<int> zoomPresets();
    // One step up (direction 1) or down (-1) from percent, within the limits.
    static int steppedZoom(int percent, int direction);

    // Shows a widget's "role" property (error, hint, warning, applied) in the colours of the
    // current scheme; call it after changing the property.
    static void showRole(QWidget *widget);

    int zoom() const { return m_zoomPercent; }

public Q_SLOTS:
    void setZoom(int percent);
    void setHighContrast(bool enabled);

Q_SIGNALS:
    void zoomChanged(int percent);

private:
    void applyStyleSheet();

    QWidget *m_window;
    qreal m_normalPointSize;
    QPalette m_normalPalette;
    int m_zoomPercent = 100;
    bool m_highContrast = false;
};

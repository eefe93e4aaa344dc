#include "gui/WindowAppearance.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QStyle>
#include <QWidget>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// The verdict banner is the line a room reads first: larger than the text around it.
constexpr qreal VerdictScale = 1.35;

// Labels and banners say what they are with a "role" property set in the forms; the colours
// for each role are decided here, once, for both schemes.
const QString normalStyle = uR"(
QLabel[role="error"] { color: #b00020; }
QLabel[role="hint"] { color: palette(placeholder-text); }
QLabel[role="warning"] { color: #7a4b00; font-weight: bold; }
QFrame[role="warning"] { background: #fff4d6; border: 1px solid #c08a00; border-radius: 3px; }
QFrame[role="applied"] { background: #e7f5ea; border: 1px solid #1b7f3b; border-radius: 3px; }
QFrame#lessonCard { background: palette(alternate-base); border: 1px solid palette(mid); }
)"_s;

// Borders are drawn by the style sheet because the style derives them from the window colour,
// which is black here, so they would vanish.
const QString highContrastStyle = uR"(
QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QAbstractItemView {
    border: 2px solid #ffffff; padding: 1px;
}
QLineEdit:focus, QPlainTextEdit:focus, QAbstractSpinBox:focus, QComboBox:focus,
QAbstractItemView:focus { border: 2px solid #ffff00; }
QLineEdit:disabled, QPlainTextEdit:disabled { border: 2px dashed #a0a0a0; }
QPushButton { border: 2px solid #ffffff; padding: 3px 10px; }
QPushButton:focus { border: 2px solid #ffff00; }
QLabel[role="error"] { color: #ff9a9a; }
QLabel[role="hint"] { color: #9ad0ff; font-style: italic; }
QLabel[role="warning"] { color: #ffd75e; font-weight: bold; }
QFrame[role="warning"] { border: 2px solid #ffd75e; }
QFrame[role="applied"] { border: 2px solid #7cfc9a; }
QFrame#lessonCard { border: 2px solid #ffffff; }
)"_s;

} // namespace

WindowAppearance::WindowAppearance(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_normalPointSize(window->font().pointSizeF())
    , m_normalPalette(QApplication::palette())
{
    applyStyleSheet();
}

QList<int> WindowAppearance::zoomPresets()
{
    return {100, 125, 150, 175, 200};
}

int WindowAppearance::steppedZoom(int percent, int direction)
{
    // From an odd size such as 125, the first step lands on the grid of tens.
    const int onGrid = direction > 0 ? (percent / ZoomStep + 1) * ZoomStep
                                     : ((percent + ZoomStep - 1) / ZoomStep - 1) * ZoomStep;
    return std::clamp(onGrid, MinimumZoom, MaximumZoom);
}

void WindowAppearance::setZoom(int percent)
{
    m_zoomPercent = std::clamp(percent, MinimumZoom, MaximumZoom);
    applyStyleSheet();
    Q_EMIT zoomChanged(m_zoomPercent);
}

void WindowAppearance::setHighContrast(bool enabled)
{
    // The normal colours are the application's own: nothing to change on the first call.
    if (enabled == m_highContrast) {
        Q_EMIT highContrastChanged(enabled);
        return;
    }
    m_highContrast = enabled;
    QPalette palette = m_normalPalette;
    if (enabled) {
        for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button,
                                               QPalette::AlternateBase, QPalette::ToolTipBase})
            palette.setColor(role, Qt::black);
        for (const QPalette::ColorRole role :
             {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
              QPalette::Light, QPalette::Midlight, QPalette::Mid})
            palette.setColor(role, Qt::white);
        palette.setColor(QPalette::Dark, QColor(0xc0, 0xc0, 0xc0));
        palette.setColor(QPalette::Highlight, Qt::yellow);
        palette.setColor(QPalette::HighlightedText, Qt::black);
        palette.setColor(QPalette::Link, Qt::cyan);
        // Dimmer and blue, so an example never passes for a configured value.
        palette.setColor(QPalette::PlaceholderText, QColor(0x80, 0xa8, 0xd0));
        palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa0, 0xa0));
        palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa0, 0xa0));
    }
    // The application's palette, not the window's: the style sheet styles each widget from the
    // application palette, and dialogs are to follow too.
    QApplication::setPalette(palette);
    applyStyleSheet();
    Q_EMIT highContrastChanged(enabled);
}

void WindowAppearance::applyStyleSheet()
{
    // At 100% in normal colours there is no sheet at all: a sheet makes every widget go through
    // the style-sheet style, which costs a third of the start-up. Roles get palettes instead.
    if (m_zoomPercent == 100 && !m_highContrast) {
        if (!m_window->styleSheet().isEmpty())
            m_window->setStyleSheet(QString());
        for (QWidget *widget : m_window->findChildren<QWidget *>())
            showRole(widget);
        return;
    }
    // Zoomed, the text size is part of the sheet: a sheet on the window stops a font set with
    // setFont() from reaching its children.
    const qreal points = m_normalPointSize * m_zoomPercent / 100.0;
    const QString sizes
        = u"QWidget { font-size: %1pt; }\n"
          u"QLabel#verdictLabel { font-size: %2pt; font-weight: bold; }\n"_s.arg(points, 0, 'f', 1)
              .arg(points * VerdictScale, 0, 'f', 1);
    const QString sheet = sizes + (m_highContrast ? highContrastStyle : normalStyle);
    // Setting a sheet restyles every widget in the window: only when it changes.
    if (sheet != m_window->styleSheet())
        m_window->setStyleSheet(sheet);
}

void WindowAppearance::showRole(QWidget *widget)
{
    if (!widget->window()->styleSheet().isEmpty()) {
        // The sheet's rules select on the role: a changed property needs a new polish.
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
        return;
    }
    const QString role = widget->property("role").toString();
    if (widget->objectName() == u"verdictLabel") {
        QFont banner = widget->parentWidget()->font();
        banner.setBold(true);
        banner.setPointSizeF(banner.pointSizeF() * VerdictScale);
        widget->setFont(banner);
    }
    if (role.isEmpty() && widget->objectName() != u"lessonCard")
        return;
    // The same colours as the normal sheet's rules.
    QPalette palette = QApplication::palette();
    const bool isFrame = !qobject_cast<QLabel *>(widget);
    if (role == u"error") {
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    } else if (role == u"hint") {
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    } else if (role == u"warning" && !isFrame) {
        palette.setColor(QPalette::WindowText, QColor(0x7a, 0x4b, 0x00));
        QFont bold = widget->font();
        bold.setBold(true);
        widget->setFont(bold);
    } else if (role == u"warning") {
        palette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));
    } else if (role == u"applied") {
        palette.setColor(QPalette::Window, QColor(0xe7, 0xf5, 0xea));
    } else {
        palette.setColor(QPalette::Window, palette.color(QPalette::AlternateBase));
    }
    widget->setAutoFillBackground(isFrame);
    widget->setPalette(palette);
}

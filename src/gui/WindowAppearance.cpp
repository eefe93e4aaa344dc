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

// Labels and banners say what they are with a "role" property set in the forms (the lesson
// card by its name). The normal scheme's colours for each are written once, here: as palettes
// when there is no style sheet (100%), as the sheet's rules when zoomed.
struct Colour
{
    QColor fixed;
    QPalette::ColorRole paletteRole = QPalette::NoRole;
    const char *cssName = nullptr;

    bool isSet() const { return fixed.isValid() || paletteRole != QPalette::NoRole; }
    QColor resolved(const QPalette &palette) const
    {
        return fixed.isValid() ? fixed : palette.color(paletteRole);
    }
    QString css() const
    {
        return fixed.isValid() ? fixed.name() : u"palette(%1)"_s.arg(QLatin1String(cssName));
    }
};

struct RoleLook
{
    const char *selector; // the sheet's selector
    const char *role; // the "role" property, or the object name when it has none
    bool isLabel;
    Colour text;
    Colour background;
    Colour border;
    bool bold = false;
};

const RoleLook normalLooks[] = {
    {"QLabel[role=\"error\"]", "error", true, {QColor(0xb0, 0x00, 0x20)}, {}, {}},
    {"QLabel[role=\"hint\"]",
     "hint",
     true,
     {QColor(), QPalette::PlaceholderText, "placeholder-text"},
     {},
     {}},
    {"QLabel[role=\"warning\"]", "warning", true, {QColor(0x7a, 0x4b, 0x00)}, {}, {}, true},
    {"QFrame[role=\"warning\"]",
     "warning",
     false,
     {},
     {QColor(0xff, 0xf4, 0xd6)},
     {QColor(0xc0, 0x8a, 0x00)}},
    {"QFrame[role=\"applied\"]",
     "applied",
     false,
     {},
     {QColor(0xe7, 0xf5, 0xea)},
     {QColor(0x1b, 0x7f, 0x3b)}},
    {"QFrame#lessonCard",
     "lessonCard",
     false,
     {},
     {QColor(), QPalette::AlternateBase, "alternate-base"},
     {QColor(), QPalette::Mid, "mid"}},
};

QString normalStyle()
{
    QString sheet;
    for (const RoleLook &look : normalLooks) {
        QStringList rules;
        if (look.text.isSet())
            rules.append(u"color: "_s + look.text.css());
        if (look.background.isSet())
            rules.append(u"background: "_s + look.background.css());
        if (look.border.isSet())
            rules.append(u"border: 1px solid "_s + look.border.css() + u"; border-radius: 3px"_s);
        if (look.bold)
            rules.append(u"font-weight: bold"_s);
        sheet += QLatin1String(look.selector) + u" { "_s + rules.join(u"; "_s) + u"; }\n"_s;
    }
    return sheet;
}

const RoleLook *normalLookOf(const QWidget *widget)
{
    const QString role = widget->property("role").toString();
    const bool isLabel = qobject_cast<const QLabel *>(widget) != nullptr;
    for (const RoleLook &look : normalLooks) {
        const QLatin1String name(look.role);
        if (look.isLabel == isLabel
            && (role == name || (role.isEmpty() && widget->objectName() == name)))
            return &look;
    }
    return nullptr;
}

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
    if (enabled == m_highContrast)
        return;
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
    const QString sheet = sizes + (m_highContrast ? highContrastStyle : normalStyle());
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
    if (widget->objectName() == u"verdictLabel") {
        QFont banner = widget->parentWidget()->font();
        banner.setBold(true);
        banner.setPointSizeF(banner.pointSizeF() * VerdictScale);
        widget->setFont(banner);
    }
    const RoleLook *look = normalLookOf(widget);
    if (!look)
        return;
    QPalette palette = QApplication::palette();
    if (look->text.isSet())
        palette.setColor(QPalette::WindowText, look->text.resolved(palette));
    if (look->background.isSet())
        palette.setColor(QPalette::Window, look->background.resolved(palette));
    if (look->bold) {
        QFont bold = widget->font();
        bold.setBold(true);
        widget->setFont(bold);
    }
    widget->setAutoFillBackground(look->background.isSet());
    widget->setPalette(palette);
}

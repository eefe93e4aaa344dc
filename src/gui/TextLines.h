#pragma once

#include <QPlainTextEdit>
#include <QTextDocument>

// Sizes multi-line fields in lines of their current font, so they keep showing the same
// number of values at any zoom. GUI thread only.
namespace TextLines {

inline int heightOf(const QPlainTextEdit *edit, int lines)
{
    const int margins = int(edit->document()->documentMargin() * 2) + edit->frameWidth() * 2;
    return edit->fontMetrics().lineSpacing() * lines + margins;
}

} // namespace TextLines

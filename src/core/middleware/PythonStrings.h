#pragma once

#include <QString>

// Python's own string rules, which Starlette, Flask-CORS and django-cors-headers apply to the
// header text they read (decoded as Latin-1, as WSGI and ASGI decode it).
namespace PythonStrings {

// str.strip(): its notion of white space is wider than QChar's.
inline QString strip(const QString &text)
{
    const auto isPythonSpace = [](QChar character) {
        const char16_t code = character.unicode();
        return (code >= 0x09 && code <= 0x0d) || (code >= 0x1c && code <= 0x20) || code == 0x85
            || code == 0xa0;
    };
    qsizetype start = 0;
    qsizetype end = text.size();
    while (start < end && isPythonSpace(text.at(start)))
        ++start;
    while (end > start && isPythonSpace(text.at(end - 1)))
        --end;
    return text.mid(start, end - start);
}

} // namespace PythonStrings

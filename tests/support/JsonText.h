#pragma once

#include <QByteArray>

// JSON written with single quotes, so test data stays readable in plain string literals.
// (moc reads "//" inside C++ raw strings as a comment, so raw strings with URLs break it.)
inline QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

#pragma once

#include <QJsonValue>
#include <QString>

// An option's value written as the user writes it in code, for the editor's framework forms:
// a JavaScript literal for Express ('GET,PUT', ['GET', 'PUT'], true, /\.example\.org$/, 600)
// or a Python one for Flask-CORS and Django ('*', ['GET'], ('GET',), True, None, r'^/api/').
// Parsed into the policy file's JSON (a regex becomes {"regex": ...}) so that the file's own
// reader validates it, and written back from it. An empty field is "not given" (null).
namespace OptionLiteral {

enum class Language { JavaScript, Python };

struct Parsed
{
    QJsonValue value;
    // Empty when the text parsed; otherwise what is wrong, for the field's error line.
    QString problem;
};

Parsed parse(const QString &text, Language language);
QString format(const QJsonValue &value, Language language);

} // namespace OptionLiteral

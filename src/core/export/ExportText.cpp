#include "core/export/ExportText.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace ExportText {

QString jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString list(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values)
        quoted.append(jsonString(value));
    return u'[' + quoted.join(u", ") + u']';
}

QString textOrList(const TextOrList &value)
{
    return value.isList ? list(value.items) : jsonString(value.text);
}

QString pythonBool(bool value)
{
    return value ? u"True"_s : u"False"_s;
}

QString javaScriptBool(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

QString javaScriptRegex(const QString &pattern)
{
    // "//" would start a comment; (?:) is the empty pattern as a literal.
    if (pattern.isEmpty())
        return u"/(?:)/"_s;
    QString source;
    for (qsizetype index = 0; index < pattern.size(); ++index) {
        const QChar character = pattern.at(index);
        if (character == u'\\') {
            // An escape is copied whole: "\/" is already a slash the literal keeps. A lone
            // final backslash would escape the closing slash, so it is doubled.
            source += index + 1 < pattern.size() ? QString(character) + pattern.at(++index)
                                                 : u"\\\\"_s;
        } else if (character == u'/') {
            // Inside a class a slash needs no escape, but one there is harmless.
            source += u"\\/"_s;
        } else if (character == u'\n') {
            source += u"\\n"_s;
        } else if (character == u'\r') {
            source += u"\\r"_s;
        } else {
            source += character;
        }
    }
    return u'/' + source + u'/';
}

QString manualNote(const QString &prefix)
{
    return prefix
        + u" The playground is in manual mode: this exports its middleware options. Manual "
          u"responses reproduce a misconfiguration and are not meant for a project.\n";
}

QString notCarriedNote(const QString &prefix, CorsPolicy::Framework source,
                       const QStringList &fields)
{
    if (fields.isEmpty())
        return {};
    return u"%1 Not carried over from the %2 options: %3\n"_s.arg(
        prefix, CorsPolicy::frameworkTitle(source), fields.join(u", "));
}

} // namespace ExportText

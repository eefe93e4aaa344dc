#pragma once

#include <QFile>
#include <QList>
#include <QString>
#include <QXmlStreamReader>

// The messages of one shipped translation (translations/cors-playground_LANGUAGE.ts), as the
// translation suites read them. Header-only; any thread.
struct TranslatedMessage
{
    QString source;
    QString translation;
    bool finished = false;
};

// Empty when the file cannot be read or is not well-formed XML.
inline QList<TranslatedMessage> translatedMessages(const QString &language)
{
    QList<TranslatedMessage> messages;
    QFile ts(QStringLiteral(TESTS_SOURCE_DIR "/../translations/cors-playground_") + language
             + QStringLiteral(".ts"));
    if (!ts.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&ts);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const bool unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.append({source, translation, !unfinished && !translation.isEmpty()});
        }
    }
    return xml.hasError() ? QList<TranslatedMessage>() : messages;
}

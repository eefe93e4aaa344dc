#pragma once

#include "core/http/HeaderLines.h"
#include "core/policy/PolicyError.h"
#include "core/policy/TextOrList.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

// Reads one object of a policy file, recording every problem with the full JSON path of the
// field ("express.maxAge"). A field with the wrong type keeps the value it had (the library's
// default), so one pass reports every problem at once.
class PolicyObjectReader
{
public:
    PolicyObjectReader(const QJsonObject &object, QString prefix, PolicyErrors &errors);

    void rejectUnknownKeys(const QStringList &known);
    void readStringList(const QString &key, QStringList &target);
    void readOptionalString(const QString &key, QString &target);
    void readBool(const QString &key, bool &target);
    void readInteger(const QString &key, int minimum, int maximum, const QString &meaning,
                     int &target);
    // A whole number, or null for "not given".
    void readOptionalInteger(const QString &key, std::optional<qint64> &target);
    bool readObject(const QString &key, QJsonObject &target);
    void readHeaderLines(const QString &key, HeaderLines &target);
    // A string or a list of strings, kept as written.
    void readTextOrList(const QString &key, TextOrList &target);
    // The same, or null for "not given".
    void readOptionalTextOrList(const QString &key, std::optional<TextOrList> &target);

    bool contains(const QString &key) const { return m_object.contains(key); }
    QJsonValue value(const QString &key) const { return m_object.value(key); }
    QString path(const QString &key) const;
    void error(const QString &key, const QString &message);

    // "a string", "a list": how a message names the type the user wrote.
    static QString typeName(const QJsonValue &value);

private:
    static QString exampleFor(const QString &key);

    QJsonObject m_object;
    QString m_prefix;
    PolicyErrors &m_errors;
};

#include "core/policy/PolicyObjectReader.h"

#include "core/policy/PolicyKeys.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace {

// The translation context these strings have always had, so no translation is lost.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PolicyJson)
};

QString typeNameOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return Text::tr("null");
    case QJsonValue::Bool:
        return Text::tr("true/false");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("a string");
    case QJsonValue::Array:
        return Text::tr("a list");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("nothing");
}

qsizetype editDistance(const QString &left, const QString &right)
{
    QList<qsizetype> previous(right.size() + 1);
    for (qsizetype column = 0; column <= right.size(); ++column)
        previous[column] = column;
    for (qsizetype row = 1; row <= left.size(); ++row) {
        QList<qsizetype> current(right.size() + 1);
        current[0] = row;
        for (qsizetype column = 1; column <= right.size(); ++column) {
            const qsizetype substitution
                = previous[column - 1] + (left.at(row - 1) == right.at(column - 1) ? 0 : 1);
            current[column]
                = std::min({previous[column] + 1, current[column - 1] + 1, substitution});
        }
        previous = current;
    }
    return previous[right.size()];
}

} // namespace

QString PolicyObjectReader::typeName(const QJsonValue &value)
{
    return typeNameOf(value);
}

PolicyObjectReader::PolicyObjectReader(const QJsonObject &object, QString prefix,
                                       PolicyErrors &errors)
    : m_object(object)
    , m_prefix(std::move(prefix))
    , m_errors(errors)
{ }

void PolicyObjectReader::rejectUnknownKeys(const QStringList &known)
{
    for (const QString &key : m_object.keys()) {
        if (known.contains(key))
            continue;
        QString message = Text::tr("unknown key; the known keys are %1.").arg(known.join(u", "));
        for (const QString &candidate : known) {
            if (editDistance(key.toLower(), candidate) <= 2) {
                message = Text::tr("unknown key; did you mean \"%1\"?").arg(candidate);
                break;
            }
        }
        error(key, message);
    }
}

void PolicyObjectReader::readStringList(const QString &key, QStringList &target)
{
    if (!m_object.contains(key))
        return;
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        error(key,
              Text::tr("must be a list of strings, such as [\"%1\"], not %2.")
                  .arg(exampleFor(key), typeNameOf(value)));
        return;
    }
    QStringList result;
    const QJsonArray array = value.toArray();
    for (qsizetype index = 0; index < array.size(); ++index) {
        const QJsonValue item = array.at(index);
        if (!item.isString()) {
            error(key + u'[' + QString::number(index) + u']',
                  Text::tr("must be a string, not %1.").arg(typeNameOf(item)));
            continue;
        }
        result.append(item.toString());
    }
    target = result;
}

void PolicyObjectReader::readOptionalString(const QString &key, QString &target)
{
    if (!m_object.contains(key))
        return;
    const QJsonValue value = m_object.value(key);
    if (value.isNull()) {
        target.clear();
    } else if (value.isString()) {
        target = value.toString();
    } else {
        error(key, Text::tr("must be a string or null, not %1.").arg(typeNameOf(value)));
    }
}

void PolicyObjectReader::readBool(const QString &key, bool &target)
{
    if (!m_object.contains(key))
        return;
    const QJsonValue value = m_object.value(key);
    if (value.isBool())
        target = value.toBool();
    else
        error(key, Text::tr("must be true or false, not %1.").arg(typeNameOf(value)));
}

void PolicyObjectReader::readInteger(const QString &key, int minimum, int maximum,
                                     const QString &meaning, int &target)
{
    if (!m_object.contains(key))
        return;
    const QJsonValue value = m_object.value(key);
    const double number = value.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!value.isDouble() || std::floor(number) != number || number < minimum || number > maximum) {
        const QString shown = value.isDouble() ? QString::number(number) : typeNameOf(value);
        error(key,
              Text::tr("must be %1 from %2 to %3 (got %4).")
                  .arg(meaning)
                  .arg(minimum)
                  .arg(maximum)
                  .arg(shown));
        return;
    }
    target = static_cast<int>(number);
}

bool PolicyObjectReader::readObject(const QString &key, QJsonObject &target)
{
    if (!m_object.contains(key))
        return false;
    const QJsonValue value = m_object.value(key);
    if (!value.isObject()) {
        error(key, Text::tr("must be an object, not %1.").arg(typeNameOf(value)));
        return false;
    }
    target = value.toObject();
    return true;
}

void PolicyObjectReader::readHeaderLines(const QString &key, HeaderLines &target)
{
    if (!m_object.contains(key))
        return;
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        error(key,
              Text::tr("must be a list of [name, value] pairs, such as "
                       "[[\"Access-Control-Allow-Origin\", \"*\"]], not %1.")
                  .arg(typeNameOf(value)));
        return;
    }
    HeaderLines result;
    const QJsonArray array = value.toArray();
    for (qsizetype index = 0; index < array.size(); ++index) {
        const QJsonArray pair = array.at(index).toArray();
        if (!array.at(index).isArray() || pair.size() != 2 || !pair.at(0).isString()
            || !pair.at(1).isString()) {
            error(key + u'[' + QString::number(index) + u']',
                  Text::tr("must be a pair of two strings, [name, value]."));
            continue;
        }
        result.append(pair.at(0).toString().toUtf8(), pair.at(1).toString().toUtf8());
    }
    target = result;
}

QString PolicyObjectReader::path(const QString &key) const
{
    return m_prefix.isEmpty() ? key : m_prefix + u'.' + key;
}

QString PolicyObjectReader::exampleFor(const QString &key)
{
    if (key == PolicyKeys::allowOrigins)
        return u"http://localhost:3000"_s;
    if (key == PolicyKeys::allowMethods)
        return u"PUT"_s;
    return u"X-Request-ID"_s;
}

void PolicyObjectReader::error(const QString &key, const QString &message)
{
    m_errors.append({path(key), message});
}

void PolicyObjectReader::readOptionalInteger(const QString &key, std::optional<qint64> &target)
{
    if (!m_object.contains(key))
        return;
    const QJsonValue value = m_object.value(key);
    if (value.isNull()) {
        target.reset();
        return;
    }
    const double number = value.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!value.isDouble() || std::floor(number) != number || std::abs(number) > 1e15) {
        const QString shown = value.isDouble() ? QString::number(number) : typeNameOf(value);
        error(key, Text::tr("must be a whole number of seconds or null (got %1).").arg(shown));
        return;
    }
    target = static_cast<qint64>(number);
}

void PolicyObjectReader::readTextOrList(const QString &key, TextOrList &target)
{
    if (!m_object.contains(key))
        return;
    const QJsonValue value = m_object.value(key);
    if (value.isString()) {
        target = TextOrList::ofText(value.toString());
        return;
    }
    if (!value.isArray()) {
        error(key,
              Text::tr("must be a string or a list of strings, not %1.").arg(typeNameOf(value)));
        return;
    }
    QStringList items;
    readStringList(key, items);
    target = TextOrList::ofList(items);
}

void PolicyObjectReader::readOptionalTextOrList(const QString &key,
                                                std::optional<TextOrList> &target)
{
    if (!m_object.contains(key))
        return;
    if (m_object.value(key).isNull()) {
        target.reset();
        return;
    }
    TextOrList read = target.value_or(TextOrList{});
    const qsizetype errorsBefore = m_errors.size();
    readTextOrList(key, read);
    if (m_errors.size() == errorsBefore)
        target = read;
}

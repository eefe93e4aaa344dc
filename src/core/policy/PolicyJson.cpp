#include "core/policy/PolicyJson.h"

#include "core/policy/PolicyKeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace {

// One translation context for this file's strings, for tr() and lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PolicyJson)
};

QString typeName(const QJsonValue &value)
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

// Reads one JSON object, recording every problem with the full path of the field.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString prefix, PolicyErrors &errors)
        : m_object(object)
        , m_prefix(std::move(prefix))
        , m_errors(errors)
    { }

    void rejectUnknownKeys(const QStringList &known)
    {
        for (const QString &key : m_object.keys()) {
            if (known.contains(key))
                continue;
            QString message
                = Text::tr("unknown key; the known keys are %1.").arg(known.join(u", "));
            for (const QString &candidate : known) {
                if (editDistance(key.toLower(), candidate) <= 2) {
                    message = Text::tr("unknown key; did you mean \"%1\"?").arg(candidate);
                    break;
                }
            }
            error(key, message);
        }
    }

    void readStringList(const QString &key, QStringList &target)
    {
        if (!m_object.contains(key))
            return;
        const QJsonValue value = m_object.value(key);
        if (!value.isArray()) {
            error(key,
                  Text::tr("must be a list of strings, such as [\"%1\"], not %2.")
                      .arg(exampleFor(key), typeName(value)));
            return;
        }
        QStringList result;
        const QJsonArray array = value.toArray();
        for (qsizetype index = 0; index < array.size(); ++index) {
            const QJsonValue item = array.at(index);
            if (!item.isString()) {
                error(key + u'[' + QString::number(index) + u']',
                      Text::tr("must be a string, not %1.").arg(typeName(item)));
                continue;
            }
            result.append(item.toString());
        }
        target = result;
    }

    void readOptionalString(const QString &key, QString &target)
    {
        if (!m_object.contains(key))
            return;
        const QJsonValue value = m_object.value(key);
        if (value.isNull()) {
            target.clear();
        } else if (value.isString()) {
            target = value.toString();
        } else {
            error(key, Text::tr("must be a string or null, not %1.").arg(typeName(value)));
        }
    }

    void readBool(const QString &key, bool &target)
    {
        if (!m_object.contains(key))
            return;
        const QJsonValue value = m_object.value(key);
        if (value.isBool())
            target = value.toBool();
        else
            error(key, Text::tr("must be true or false, not %1.").arg(typeName(value)));
    }

    void readInteger(const QString &key, int minimum, int maximum, const QString &meaning,
                     int &target)
    {
        if (!m_object.contains(key))
            return;
        const QJsonValue value = m_object.value(key);
        const double number = value.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!value.isDouble() || std::floor(number) != number || number < minimum
            || number > maximum) {
            const QString shown = value.isDouble() ? QString::number(number) : typeName(value);
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

    bool readObject(const QString &key, QJsonObject &target)
    {
        if (!m_object.contains(key))
            return false;
        const QJsonValue value = m_object.value(key);
        if (!value.isObject()) {
            error(key, Text::tr("must be an object, not %1.").arg(typeName(value)));
            return false;
        }
        target = value.toObject();
        return true;
    }

    void readHeaderLines(const QString &key, HeaderLines &target)
    {
        if (!m_object.contains(key))
            return;
        const QJsonValue value = m_object.value(key);
        if (!value.isArray()) {
            error(key,
                  Text::tr("must be a list of [name, value] pairs, such as "
                           "[[\"Access-Control-Allow-Origin\", \"*\"]], not %1.")
                      .arg(typeName(value)));
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

    QString path(const QString &key) const
    {
        return m_prefix.isEmpty() ? key : m_prefix + u'.' + key;
    }

private:
    static QString exampleFor(const QString &key)
    {
        if (key == PolicyKeys::allowOrigins)
            return u"http://localhost:3000"_s;
        if (key == PolicyKeys::allowMethods)
            return u"PUT"_s;
        return u"X-Request-ID"_s;
    }

    void error(const QString &key, const QString &message)
    {
        m_errors.append({path(key), message});
    }

    QJsonObject m_object;
    QString m_prefix;
    PolicyErrors &m_errors;
};

void readManualResponse(ObjectReader &parent, const QString &key, ManualResponse &target,
                        PolicyErrors &errors)
{
    QJsonObject object;
    if (!parent.readObject(key, object))
        return;
    ObjectReader reader(object, parent.path(key), errors);
    reader.rejectUnknownKeys({PolicyKeys::status, PolicyKeys::headers});
    reader.readInteger(PolicyKeys::status, 100, 599, Text::tr("an HTTP status"), target.status);
    reader.readHeaderLines(PolicyKeys::headers, target.headers);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject toJson(const ManualResponse &response)
{
    QJsonArray headers;
    for (const auto &line : response.headers.lines())
        headers.append(QJsonArray{QString::fromUtf8(line.first), QString::fromUtf8(line.second)});
    return {{PolicyKeys::status, response.status}, {PolicyKeys::headers, headers}};
}

} // namespace

namespace PolicyJson {

ParseResult parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        return {{},
                {{QString(),
                  Text::tr("not valid JSON: %1 at line %2, column %3.")
                      .arg(parseError.errorString())
                      .arg(line)
                      .arg(column)}}};
    }
    if (!document.isObject())
        return {{}, {{QString(), Text::tr("a policy must be a JSON object { ... }.")}}};
    return fromJsonObject(document.object());
}

ParseResult fromJsonObject(const QJsonObject &object)
{
    ParseResult result;
    ObjectReader reader(object, QString(), result.errors);
    reader.rejectUnknownKeys({PolicyKeys::mode, PolicyKeys::allowOrigins,
                              PolicyKeys::allowOriginRegex, PolicyKeys::allowMethods,
                              PolicyKeys::allowHeaders, PolicyKeys::allowCredentials,
                              PolicyKeys::exposeHeaders, PolicyKeys::maxAge, PolicyKeys::manual,
                              PolicyKeys::proxyUpstream});

    QString mode = PolicyKeys::middlewareMode;
    reader.readOptionalString(PolicyKeys::mode, mode);
    if (mode == PolicyKeys::manualMode)
        result.policy.mode = CorsPolicy::Mode::Manual;
    else if (mode != PolicyKeys::middlewareMode)
        result.errors.append(
            {PolicyKeys::mode,
             Text::tr("must be \"middleware\" or \"manual\", not \"%1\".").arg(mode)});

    MiddlewareOptions &options = result.policy.middleware;
    reader.readStringList(PolicyKeys::allowOrigins, options.allowOrigins);
    reader.readOptionalString(PolicyKeys::allowOriginRegex, options.allowOriginRegex);
    reader.readStringList(PolicyKeys::allowMethods, options.allowMethods);
    reader.readStringList(PolicyKeys::allowHeaders, options.allowHeaders);
    reader.readBool(PolicyKeys::allowCredentials, options.allowCredentials);
    reader.readStringList(PolicyKeys::exposeHeaders, options.exposeHeaders);
    reader.readOptionalString(PolicyKeys::proxyUpstream, options.proxyUpstream);
    reader.readInteger(PolicyKeys::maxAge, 0, std::numeric_limits<int>::max(),
                       Text::tr("a whole number of seconds"), options.maxAge);

    QJsonObject manual;
    if (reader.readObject(PolicyKeys::manual, manual)) {
        ObjectReader manualReader(manual, PolicyKeys::manual, result.errors);
        manualReader.rejectUnknownKeys({PolicyKeys::preflight, PolicyKeys::actual});
        readManualResponse(manualReader, PolicyKeys::preflight, result.policy.manualPreflight,
                           result.errors);
        readManualResponse(manualReader, PolicyKeys::actual, result.policy.manualActual,
                           result.errors);
    }

    // Fields with the wrong type kept their defaults, so the value rules cannot repeat a
    // type error: report both kinds at once, and the user fixes the file in one go.
    result.errors.append(result.policy.validate());
    return result;
}

QJsonObject toJsonObject(const CorsPolicy &policy)
{
    const MiddlewareOptions &options = policy.middleware;
    return {
        {PolicyKeys::mode, CorsPolicy::modeName(policy.mode)},
        {PolicyKeys::allowOrigins, toArray(options.allowOrigins)},
        {PolicyKeys::allowOriginRegex, options.allowOriginRegex},
        {PolicyKeys::allowMethods, toArray(options.allowMethods)},
        {PolicyKeys::allowHeaders, toArray(options.allowHeaders)},
        {PolicyKeys::allowCredentials, options.allowCredentials},
        {PolicyKeys::exposeHeaders, toArray(options.exposeHeaders)},
        {PolicyKeys::maxAge, options.maxAge},
        {PolicyKeys::proxyUpstream, options.proxyUpstream},
        {PolicyKeys::manual,
         QJsonObject{{PolicyKeys::preflight, toJson(policy.manualPreflight)},
                     {PolicyKeys::actual, toJson(policy.manualActual)}}},
    };
}

QByteArray serialize(const CorsPolicy &policy)
{
    return QJsonDocument(toJsonObject(policy)).toJson(QJsonDocument::Indented);
}

} // namespace PolicyJson

#include "core/policy/FrameworkOptionsJson.h"

#include "core/policy/PolicyKeys.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PolicyJson)
};

QJsonValue toJson(const TextOrList &value)
{
    if (value.isList)
        return QJsonArray::fromStringList(value.items);
    return value.text;
}

QJsonValue toJson(const std::optional<TextOrList> &value)
{
    return value ? toJson(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue toJson(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonObject regexObject(const QString &pattern)
{
    return {{PolicyKeys::Express::regex, pattern}};
}

// {"regex": "..."} and nothing else, or an error naming the field.
std::optional<QString> readRegexObject(PolicyObjectReader &reader, const QString &key,
                                       const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    if (!value.isObject() || object.size() != 1
        || !object.value(PolicyKeys::Express::regex).isString()) {
        reader.error(key,
                     Text::tr("a regular expression is written {\"regex\": \"^https://.*\"}."));
        return std::nullopt;
    }
    return object.value(PolicyKeys::Express::regex).toString();
}

void readExpressOrigin(PolicyObjectReader &reader, ExpressCorsOptions &options)
{
    const QString key = PolicyKeys::Express::origin;
    if (!reader.contains(key))
        return;
    const QJsonValue value = reader.value(key);
    using Kind = ExpressCorsOptions::OriginKind;
    if (value.isString()) {
        options.originKind = Kind::Text;
        options.originText = value.toString();
    } else if (value.isBool()) {
        options.originKind = value.toBool() ? Kind::ReflectAny : Kind::Disabled;
    } else if (value.isObject()) {
        if (const auto pattern = readRegexObject(reader, key, value)) {
            options.originKind = Kind::Regex;
            options.originText = *pattern;
        }
    } else if (value.isArray()) {
        QList<ExpressOriginEntry> entries;
        const QJsonArray array = value.toArray();
        for (qsizetype index = 0; index < array.size(); ++index) {
            const QJsonValue item = array.at(index);
            const QString itemKey = key + u'[' + QString::number(index) + u']';
            if (item.isString()) {
                entries.append({item.toString(), false});
            } else if (item.isObject()) {
                if (const auto pattern = readRegexObject(reader, itemKey, item))
                    entries.append({*pattern, true});
            } else {
                reader.error(itemKey,
                             Text::tr("must be a string or {\"regex\": \"...\"}, not %1.")
                                 .arg(PolicyObjectReader::typeName(item)));
            }
        }
        options.originKind = Kind::List;
        options.originList = entries;
    } else {
        reader.error(key,
                     Text::tr("must be a string, true, false, a list or {\"regex\": \"...\"}, "
                              "not %1.")
                         .arg(PolicyObjectReader::typeName(value)));
    }
}

QJsonValue expressOriginJson(const ExpressCorsOptions &options)
{
    using Kind = ExpressCorsOptions::OriginKind;
    switch (options.originKind) {
    case Kind::Text:
        return options.originText;
    case Kind::ReflectAny:
        return true;
    case Kind::Disabled:
        return false;
    case Kind::Regex:
        return regexObject(options.originText);
    case Kind::List:
        break;
    }
    QJsonArray array;
    for (const ExpressOriginEntry &entry : options.originList)
        array.append(entry.isRegex ? QJsonValue(regexObject(entry.text)) : QJsonValue(entry.text));
    return array;
}

} // namespace

namespace FrameworkOptionsJson {

void read(PolicyObjectReader &reader, ExpressCorsOptions &options)
{
    namespace Keys = PolicyKeys::Express;
    reader.rejectUnknownKeys({Keys::origin, Keys::methods, Keys::allowedHeaders,
                              Keys::exposedHeaders, Keys::credentials, Keys::maxAge,
                              Keys::preflightContinue, Keys::optionsSuccessStatus});
    readExpressOrigin(reader, options);
    reader.readTextOrList(Keys::methods, options.methods);
    reader.readOptionalTextOrList(Keys::allowedHeaders, options.allowedHeaders);
    reader.readOptionalTextOrList(Keys::exposedHeaders, options.exposedHeaders);
    reader.readBool(Keys::credentials, options.credentials);
    reader.readOptionalInteger(Keys::maxAge, options.maxAge);
    reader.readBool(Keys::preflightContinue, options.preflightContinue);
    reader.readInteger(Keys::optionsSuccessStatus, 100, 599, Text::tr("an HTTP status"),
                       options.optionsSuccessStatus);
}

void read(PolicyObjectReader &reader, FlaskCorsOptions &options)
{
    namespace Keys = PolicyKeys::FlaskCors;
    reader.rejectUnknownKeys({Keys::origins, Keys::methods, Keys::allowHeaders, Keys::exposeHeaders,
                              Keys::supportsCredentials, Keys::maxAge, Keys::sendWildcard,
                              Keys::alwaysSend, Keys::varyHeader, Keys::automaticOptions});
    reader.readTextOrList(Keys::origins, options.origins);
    reader.readTextOrList(Keys::methods, options.methods);
    reader.readTextOrList(Keys::allowHeaders, options.allowHeaders);
    reader.readOptionalTextOrList(Keys::exposeHeaders, options.exposeHeaders);
    reader.readBool(Keys::supportsCredentials, options.supportsCredentials);
    reader.readOptionalInteger(Keys::maxAge, options.maxAge);
    reader.readBool(Keys::sendWildcard, options.sendWildcard);
    reader.readBool(Keys::alwaysSend, options.alwaysSend);
    reader.readBool(Keys::varyHeader, options.varyHeader);
    reader.readBool(Keys::automaticOptions, options.automaticOptions);
}

void read(PolicyObjectReader &reader, DjangoCorsHeadersOptions &options)
{
    namespace Keys = PolicyKeys::Django;
    const QStringList lists{Keys::allowedOrigins, Keys::allowedOriginRegexes, Keys::allowMethods,
                            Keys::allowHeaders, Keys::exposeHeaders};
    reader.rejectUnknownKeys(lists
                             + QStringList{Keys::allowAllOrigins, Keys::allowCredentials,
                                           Keys::preflightMaxAge, Keys::urlsRegex});
    // Django iterates a string setting one character at a time; nobody means that.
    const auto readList = [&reader](const QString &key, QStringList &target) {
        if (reader.value(key).isString())
            reader.error(key,
                         Text::tr("must be a list such as [\"%1\"]: django-cors-headers "
                                  "would read a string one character at a time.")
                             .arg(reader.value(key).toString()));
        else
            reader.readStringList(key, target);
    };
    readList(Keys::allowedOrigins, options.allowedOrigins);
    readList(Keys::allowedOriginRegexes, options.allowedOriginRegexes);
    reader.readBool(Keys::allowAllOrigins, options.allowAllOrigins);
    readList(Keys::allowMethods, options.allowMethods);
    readList(Keys::allowHeaders, options.allowHeaders);
    readList(Keys::exposeHeaders, options.exposeHeaders);
    reader.readBool(Keys::allowCredentials, options.allowCredentials);
    std::optional<qint64> maxAge = options.preflightMaxAge;
    reader.readOptionalInteger(Keys::preflightMaxAge, maxAge);
    if (maxAge)
        options.preflightMaxAge = *maxAge;
    else
        reader.error(Keys::preflightMaxAge,
                     Text::tr("must be a whole number of seconds: django-cors-headers' check "
                              "corsheaders.E004 refuses None."));
    reader.readOptionalString(Keys::urlsRegex, options.urlsRegex);
}

QJsonObject toJson(const ExpressCorsOptions &options)
{
    namespace Keys = PolicyKeys::Express;
    return {{Keys::origin, expressOriginJson(options)},
            {Keys::methods, ::toJson(options.methods)},
            {Keys::allowedHeaders, ::toJson(options.allowedHeaders)},
            {Keys::exposedHeaders, ::toJson(options.exposedHeaders)},
            {Keys::credentials, options.credentials},
            {Keys::maxAge, ::toJson(options.maxAge)},
            {Keys::preflightContinue, options.preflightContinue},
            {Keys::optionsSuccessStatus, options.optionsSuccessStatus}};
}

QJsonObject toJson(const FlaskCorsOptions &options)
{
    namespace Keys = PolicyKeys::FlaskCors;
    return {{Keys::origins, ::toJson(options.origins)},
            {Keys::methods, ::toJson(options.methods)},
            {Keys::allowHeaders, ::toJson(options.allowHeaders)},
            {Keys::exposeHeaders, ::toJson(options.exposeHeaders)},
            {Keys::supportsCredentials, options.supportsCredentials},
            {Keys::maxAge, ::toJson(options.maxAge)},
            {Keys::sendWildcard, options.sendWildcard},
            {Keys::alwaysSend, options.alwaysSend},
            {Keys::varyHeader, options.varyHeader},
            {Keys::automaticOptions, options.automaticOptions}};
}

QJsonObject toJson(const DjangoCorsHeadersOptions &options)
{
    namespace Keys = PolicyKeys::Django;
    return {{Keys::allowedOrigins, QJsonArray::fromStringList(options.allowedOrigins)},
            {Keys::allowedOriginRegexes, QJsonArray::fromStringList(options.allowedOriginRegexes)},
            {Keys::allowAllOrigins, options.allowAllOrigins},
            {Keys::allowMethods, QJsonArray::fromStringList(options.allowMethods)},
            {Keys::allowHeaders, QJsonArray::fromStringList(options.allowHeaders)},
            {Keys::exposeHeaders, QJsonArray::fromStringList(options.exposeHeaders)},
            {Keys::allowCredentials, options.allowCredentials},
            {Keys::preflightMaxAge, double(options.preflightMaxAge)},
            {Keys::urlsRegex, options.urlsRegex}};
}

} // namespace FrameworkOptionsJson

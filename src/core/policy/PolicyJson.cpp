#include "core/policy/PolicyJson.h"

#include "core/policy/FrameworkOptionsJson.h"
#include "core/policy/PolicyKeys.h"
#include "core/policy/PolicyObjectReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace {

// One translation context for this file's strings, for tr() and lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PolicyJson)
};

void readManualResponse(PolicyObjectReader &parent, const QString &key, ManualResponse &target,
                        PolicyErrors &errors)
{
    QJsonObject object;
    if (!parent.readObject(key, object))
        return;
    PolicyObjectReader reader(object, parent.path(key), errors);
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
    PolicyObjectReader reader(object, QString(), result.errors);
    reader.rejectUnknownKeys({PolicyKeys::mode, PolicyKeys::allowOrigins,
                              PolicyKeys::allowOriginRegex, PolicyKeys::allowMethods,
                              PolicyKeys::allowHeaders, PolicyKeys::allowCredentials,
                              PolicyKeys::exposeHeaders, PolicyKeys::maxAge, PolicyKeys::manual,
                              PolicyKeys::proxyUpstream, PolicyKeys::framework, PolicyKeys::express,
                              PolicyKeys::flaskCors, PolicyKeys::djangoCorsHeaders});

    QString mode = PolicyKeys::middlewareMode;
    reader.readOptionalString(PolicyKeys::mode, mode);
    if (mode == PolicyKeys::manualMode)
        result.policy.mode = CorsPolicy::Mode::Manual;
    else if (mode != PolicyKeys::middlewareMode)
        result.errors.append(
            {PolicyKeys::mode,
             Text::tr("must be \"middleware\" or \"manual\", not \"%1\".").arg(mode)});

    QString framework = PolicyKeys::starletteFramework;
    reader.readOptionalString(PolicyKeys::framework, framework);
    if (const auto known = CorsPolicy::frameworkNamed(framework)) {
        result.policy.framework = *known;
    } else {
        QStringList names;
        for (const CorsPolicy::Framework each : CorsPolicy::frameworks())
            names.append(u'"' + CorsPolicy::frameworkName(each) + u'"');
        result.errors.append(
            {PolicyKeys::framework,
             Text::tr("must be one of %1, not \"%2\".").arg(names.join(u", "), framework)});
    }
    const auto readFramework = [&](const QString &key, auto &options) {
        QJsonObject frameworkObject;
        if (!reader.readObject(key, frameworkObject))
            return;
        PolicyObjectReader frameworkReader(frameworkObject, key, result.errors);
        FrameworkOptionsJson::read(frameworkReader, options);
    };
    readFramework(PolicyKeys::express, result.policy.express);
    readFramework(PolicyKeys::flaskCors, result.policy.flaskCors);
    readFramework(PolicyKeys::djangoCorsHeaders, result.policy.djangoCorsHeaders);

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
        PolicyObjectReader manualReader(manual, PolicyKeys::manual, result.errors);
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
        {PolicyKeys::framework, CorsPolicy::frameworkName(policy.framework)},
        {PolicyKeys::express, FrameworkOptionsJson::toJson(policy.express)},
        {PolicyKeys::flaskCors, FrameworkOptionsJson::toJson(policy.flaskCors)},
        {PolicyKeys::djangoCorsHeaders, FrameworkOptionsJson::toJson(policy.djangoCorsHeaders)},
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

#include "core/policy/FrameworkConversion.h"

#include "core/policy/PolicyKeys.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// What a browser is told, in Starlette's terms (its options say every fact plainly).
struct Intent
{
    MiddlewareOptions options;
    QStringList notCarried;
};

QStringList splitList(const TextOrList &value)
{
    QStringList items;
    for (const QString &text : value.values()) {
        for (const QString &item : text.split(u',')) {
            const QString trimmed = item.trimmed();
            if (!trimmed.isEmpty())
                items.append(trimmed);
        }
    }
    return items;
}

QString anyOf(const QStringList &patterns)
{
    if (patterns.size() == 1)
        return patterns.first();
    QStringList groups;
    for (const QString &pattern : patterns)
        groups.append(u"(?:"_s + pattern + u')');
    return groups.join(u'|');
}

// Starlette matches its regex against the whole origin.
QString prefixMatch(const QString &pattern)
{
    return u"(?:"_s + pattern + u").*"_s;
}

QString field(const QString &object, const QString &key)
{
    return object + u'.' + key;
}

// Browsers cache a preflight without Access-Control-Max-Age for 5 seconds.
constexpr int browserDefaultMaxAge = 5;

Intent fromExpress(const ExpressCorsOptions &express)
{
    namespace Keys = PolicyKeys::Express;
    Intent intent;
    MiddlewareOptions &options = intent.options;
    using Kind = ExpressCorsOptions::OriginKind;
    QStringList regexes;
    switch (express.originKind) {
    case Kind::Text:
        options.allowOrigins = {express.originText};
        if (express.originText != u"*")
            intent.notCarried.append(field(PolicyKeys::express, Keys::origin));
        break;
    case Kind::ReflectAny:
        options.allowOrigins = {u"*"_s};
        break;
    case Kind::Disabled:
        intent.notCarried.append(field(PolicyKeys::express, Keys::origin));
        break;
    case Kind::Regex:
        regexes.append(u".*(?:"_s + express.originText + u").*"_s);
        break;
    case Kind::List:
        for (const ExpressOriginEntry &entry : express.originList) {
            if (entry.isRegex)
                regexes.append(u".*(?:"_s + entry.text + u").*"_s);
            else
                options.allowOrigins.append(entry.text);
        }
        break;
    }
    options.allowOriginRegex = regexes.isEmpty() ? QString() : anyOf(regexes);
    options.allowMethods = splitList(express.methods);
    // Unset (or an empty string) reflects whatever is asked; an empty list allows nothing.
    const bool reflects = !express.allowedHeaders
        || (!express.allowedHeaders->isList && express.allowedHeaders->text.isEmpty());
    options.allowHeaders = reflects ? QStringList{u"*"_s} : splitList(*express.allowedHeaders);
    options.exposeHeaders
        = express.exposedHeaders ? splitList(*express.exposedHeaders) : QStringList();
    options.allowCredentials = express.credentials;
    options.maxAge = int(express.maxAge.value_or(browserDefaultMaxAge));
    if (express.preflightContinue)
        intent.notCarried.append(field(PolicyKeys::express, Keys::preflightContinue));
    if (express.optionsSuccessStatus != ExpressCorsOptions().optionsSuccessStatus)
        intent.notCarried.append(field(PolicyKeys::express, Keys::optionsSuccessStatus));
    return intent;
}

Intent fromFlaskCors(const FlaskCorsOptions &flask)
{
    namespace Keys = PolicyKeys::FlaskCors;
    Intent intent;
    MiddlewareOptions &options = intent.options;
    QStringList regexes;
    for (const QString &origin : flask.origins.values()) {
        if (origin == u"*" || origin == u".*")
            options.allowOrigins.append(u"*"_s);
        else if (FlaskCorsOptions::isProbablyRegex(origin))
            regexes.append(u"(?i:"_s + origin + u").*"_s);
        else
            options.allowOrigins.append(origin);
    }
    options.allowOriginRegex = regexes.isEmpty() ? QString() : anyOf(regexes);
    options.allowMethods = splitList(flask.methods);
    for (const QString &header : flask.allowHeaders.values()) {
        if (header == u"*" || header == u".*")
            options.allowHeaders = {u"*"_s};
        else if (FlaskCorsOptions::isProbablyRegex(header))
            intent.notCarried.append(field(PolicyKeys::flaskCors, Keys::allowHeaders));
        else if (!options.allowHeaders.contains(u"*"))
            options.allowHeaders.append(header);
    }
    options.exposeHeaders = flask.exposeHeaders ? splitList(*flask.exposeHeaders) : QStringList();
    options.allowCredentials = flask.supportsCredentials;
    options.maxAge = int(flask.maxAge && *flask.maxAge != 0 ? *flask.maxAge : browserDefaultMaxAge);
    const FlaskCorsOptions defaults;
    if (flask.sendWildcard != defaults.sendWildcard)
        intent.notCarried.append(field(PolicyKeys::flaskCors, Keys::sendWildcard));
    if (flask.alwaysSend != defaults.alwaysSend)
        intent.notCarried.append(field(PolicyKeys::flaskCors, Keys::alwaysSend));
    if (flask.varyHeader != defaults.varyHeader)
        intent.notCarried.append(field(PolicyKeys::flaskCors, Keys::varyHeader));
    return intent;
}

Intent fromDjango(const DjangoCorsHeadersOptions &django)
{
    namespace Keys = PolicyKeys::Django;
    Intent intent;
    MiddlewareOptions &options = intent.options;
    options.allowOrigins = django.allowAllOrigins ? QStringList{u"*"_s} : django.allowedOrigins;
    QStringList regexes;
    for (const QString &regex : django.allowedOriginRegexes)
        regexes.append(prefixMatch(regex));
    options.allowOriginRegex = regexes.isEmpty() ? QString() : anyOf(regexes);
    options.allowMethods = django.allowMethods;
    options.allowHeaders = django.allowHeaders;
    options.exposeHeaders = django.exposeHeaders;
    options.allowCredentials = django.allowCredentials;
    options.maxAge
        = int(django.preflightMaxAge != 0 ? django.preflightMaxAge : browserDefaultMaxAge);
    if (django.urlsRegex != DjangoCorsHeadersOptions().urlsRegex)
        intent.notCarried.append(field(PolicyKeys::djangoCorsHeaders, Keys::urlsRegex));
    return intent;
}

QString wholeMatch(const QString &regex)
{
    return u"^(?:"_s + regex + u")$"_s;
}

QStringList methodsOf(const MiddlewareOptions &options)
{
    static const QStringList all{u"DELETE"_s, u"GET"_s,  u"HEAD"_s, u"OPTIONS"_s,
                                 u"PATCH"_s,  u"POST"_s, u"PUT"_s};
    return options.allowMethods.contains(u"*") ? all : options.allowMethods;
}

void toExpress(const MiddlewareOptions &options, ExpressCorsOptions &express)
{
    using Kind = ExpressCorsOptions::OriginKind;
    express = ExpressCorsOptions();
    if (options.allowOrigins.contains(u"*")) {
        // With credentials, "*" is refused by browsers; reflecting is what "any origin" means.
        express.originKind = options.allowCredentials ? Kind::ReflectAny : Kind::Text;
        express.originText = u"*"_s;
    } else {
        express.originKind = Kind::List;
        for (const QString &origin : options.allowOrigins)
            express.originList.append({origin, false});
        if (!options.allowOriginRegex.isEmpty())
            express.originList.append({wholeMatch(options.allowOriginRegex), true});
    }
    express.methods = TextOrList::ofList(methodsOf(options));
    if (!options.allowHeaders.contains(u"*"))
        express.allowedHeaders = TextOrList::ofList(options.allowHeaders);
    if (!options.exposeHeaders.isEmpty())
        express.exposedHeaders = TextOrList::ofList(options.exposeHeaders);
    express.credentials = options.allowCredentials;
    express.maxAge = options.maxAge;
}

void toFlaskCors(const MiddlewareOptions &options, FlaskCorsOptions &flask, QStringList &lost)
{
    flask = FlaskCorsOptions();
    if (options.allowOrigins.contains(u"*")) {
        flask.origins = TextOrList::ofText(u"*"_s);
    } else {
        QStringList origins = options.allowOrigins;
        if (!options.allowOriginRegex.isEmpty())
            origins.append(wholeMatch(options.allowOriginRegex));
        flask.origins = TextOrList::ofList(origins);
    }
    flask.methods = TextOrList::ofList(methodsOf(options));
    flask.allowHeaders = options.allowHeaders.contains(u"*")
        ? TextOrList::ofText(u"*"_s)
        : TextOrList::ofList(options.allowHeaders);
    if (!options.exposeHeaders.isEmpty())
        flask.exposeHeaders = TextOrList::ofList(options.exposeHeaders);
    flask.supportsCredentials = options.allowCredentials;
    flask.maxAge = options.maxAge;
    // Flask-CORS drops a max_age of 0.
    if (options.maxAge == 0)
        lost.append(field(PolicyKeys::flaskCors, PolicyKeys::FlaskCors::maxAge));
}

void toDjango(const MiddlewareOptions &options, DjangoCorsHeadersOptions &django, QStringList &lost)
{
    django = DjangoCorsHeadersOptions();
    django.allowAllOrigins = options.allowOrigins.contains(u"*");
    if (!django.allowAllOrigins)
        django.allowedOrigins = options.allowOrigins;
    if (!options.allowOriginRegex.isEmpty())
        django.allowedOriginRegexes = {wholeMatch(options.allowOriginRegex)};
    django.allowMethods = methodsOf(options);
    // django-cors-headers has no wildcard: its default list stands in.
    if (options.allowHeaders.contains(u"*"))
        lost.append(field(PolicyKeys::djangoCorsHeaders, PolicyKeys::Django::allowHeaders));
    else
        django.allowHeaders = options.allowHeaders;
    django.exposeHeaders = options.exposeHeaders;
    django.allowCredentials = options.allowCredentials;
    django.preflightMaxAge = options.maxAge;
    if (options.maxAge == 0)
        lost.append(field(PolicyKeys::djangoCorsHeaders, PolicyKeys::Django::preflightMaxAge));
}

} // namespace

namespace FrameworkConversion {

Result convert(const CorsPolicy &policy, CorsPolicy::Framework target)
{
    Result result{policy, {}};
    result.policy.framework = target;
    if (target == policy.framework)
        return result;
    Intent intent;
    switch (policy.framework) {
    case CorsPolicy::Framework::Starlette:
        intent.options = policy.middleware;
        break;
    case CorsPolicy::Framework::Express:
        intent = fromExpress(policy.express);
        break;
    case CorsPolicy::Framework::FlaskCors:
        intent = fromFlaskCors(policy.flaskCors);
        break;
    case CorsPolicy::Framework::DjangoCorsHeaders:
        intent = fromDjango(policy.djangoCorsHeaders);
        break;
    }
    result.notCarried = intent.notCarried;
    switch (target) {
    case CorsPolicy::Framework::Starlette: {
        // Proxy mode is Starlette's own: it stays as it was.
        const QString upstream = policy.middleware.proxyUpstream;
        result.policy.middleware = intent.options;
        result.policy.middleware.proxyUpstream = upstream;
        break;
    }
    case CorsPolicy::Framework::Express:
        toExpress(intent.options, result.policy.express);
        break;
    case CorsPolicy::Framework::FlaskCors:
        toFlaskCors(intent.options, result.policy.flaskCors, result.notCarried);
        break;
    case CorsPolicy::Framework::DjangoCorsHeaders:
        toDjango(intent.options, result.policy.djangoCorsHeaders, result.notCarried);
        break;
    }
    result.notCarried.removeDuplicates();
    return result;
}

} // namespace FrameworkConversion

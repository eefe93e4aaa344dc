#include "core/policy/FrameworkValidation.h"

#include "core/http/HttpSyntax.h"
#include "core/http/LibraryRegex.h"
#include "core/http/PythonUrlSplit.h"
#include "core/policy/PolicyKeys.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CorsPolicy)
};

QString field(const QString &object, const QString &key)
{
    return object + u'.' + key;
}

QString indexed(const QString &name, qsizetype index)
{
    return name + u'[' + QString::number(index) + u']';
}

void checkRegex(const QString &pattern, LibraryRegex::Dialect dialect, const QString &name,
                PolicyErrors &errors)
{
    const LibraryRegex regex(pattern, dialect);
    if (!regex.isValid())
        errors.append({name, regex.problem()});
}

// A value the library copies into a header line must be one the server can send.
void checkSendable(const QStringList &values, const QString &name, PolicyErrors &errors)
{
    for (qsizetype index = 0; index < values.size(); ++index) {
        const QString problem = HttpSyntax::headerValueProblem(values.at(index));
        if (!problem.isEmpty())
            errors.append({values.size() == 1 ? name : indexed(name, index), problem});
    }
}

void checkSendable(const TextOrList &value, const QString &name, PolicyErrors &errors)
{
    if (value.isList)
        checkSendable(value.items, name, errors);
    else
        checkSendable(QStringList{value.text}, name, errors);
}

} // namespace

namespace FrameworkValidation {

void check(const ExpressCorsOptions &options, PolicyErrors &errors)
{
    namespace Keys = PolicyKeys::Express;
    const QString origin = field(PolicyKeys::express, Keys::origin);
    using Kind = ExpressCorsOptions::OriginKind;
    if (options.originKind == Kind::Regex)
        checkRegex(options.originText, LibraryRegex::Dialect::JavaScriptTest, origin, errors);
    if (options.originKind == Kind::Text)
        checkSendable(QStringList{options.originText}, origin, errors);
    for (qsizetype index = 0; index < options.originList.size(); ++index) {
        const ExpressOriginEntry &entry = options.originList.at(index);
        if (entry.isRegex)
            checkRegex(entry.text, LibraryRegex::Dialect::JavaScriptTest, indexed(origin, index),
                       errors);
    }
    checkSendable(options.methods, field(PolicyKeys::express, Keys::methods), errors);
    if (options.allowedHeaders)
        checkSendable(*options.allowedHeaders, field(PolicyKeys::express, Keys::allowedHeaders),
                      errors);
    if (options.exposedHeaders)
        checkSendable(*options.exposedHeaders, field(PolicyKeys::express, Keys::exposedHeaders),
                      errors);
    if (options.optionsSuccessStatus < 100 || options.optionsSuccessStatus > 599)
        errors.append({field(PolicyKeys::express, Keys::optionsSuccessStatus),
                       Text::tr("%1 is not an HTTP status; use a number from 100 to 599.")
                           .arg(options.optionsSuccessStatus)});
}

void check(const FlaskCorsOptions &options, PolicyErrors &errors)
{
    namespace Keys = PolicyKeys::FlaskCors;
    // serialize_options() raises this ValueError from CORS(app), word for word.
    if (options.origins.values().contains(u"*"_s) && options.supportsCredentials
        && options.sendWildcard)
        errors.append({field(PolicyKeys::flaskCors, Keys::sendWildcard),
                       Text::tr("Flask-CORS refuses to start: \"Cannot use supports_credentials "
                                "in conjunction withan origin string of '*'.\" Turn off "
                                "send_wildcard or supports_credentials.")});
    checkSendable(options.origins, field(PolicyKeys::flaskCors, Keys::origins), errors);
    checkSendable(options.methods, field(PolicyKeys::flaskCors, Keys::methods), errors);
    if (options.exposeHeaders)
        checkSendable(*options.exposeHeaders, field(PolicyKeys::flaskCors, Keys::exposeHeaders),
                      errors);
}

void check(const DjangoCorsHeadersOptions &options, PolicyErrors &errors)
{
    namespace Keys = PolicyKeys::Django;
    const QString origins = field(PolicyKeys::djangoCorsHeaders, Keys::allowedOrigins);
    // corsheaders/checks.py, E013 and E014, with its own words.
    for (qsizetype index = 0; index < options.allowedOrigins.size(); ++index) {
        const QString &origin = options.allowedOrigins.at(index);
        if (origin == u"null" || origin == u"file://")
            continue;
        const auto parts = PythonUrlSplit::split(origin);
        if (!parts) {
            errors.append(
                {indexed(origins, index),
                 Text::tr("\"%1\" is not a URL Python can split (Invalid IPv6 URL).").arg(origin)});
            continue;
        }
        if (parts->scheme.isEmpty() || parts->netloc.isEmpty()) {
            errors.append({indexed(origins, index),
                           Text::tr("corsheaders.E013: Origin '%1' in CORS_ALLOWED_ORIGINS is "
                                    "missing scheme or netloc. Add a scheme (e.g. https://) or "
                                    "netloc (e.g. example.com).")
                               .arg(origin)});
            continue;
        }
        const QList<std::pair<QString, QString>> extraParts{
            {u"path"_s, parts->path}, {u"query"_s, parts->query}, {u"fragment"_s, parts->fragment}};
        for (const auto &[part, value] : extraParts) {
            if (!value.isEmpty())
                errors.append({indexed(origins, index),
                               Text::tr("corsheaders.E014: Origin '%1' in CORS_ALLOWED_ORIGINS "
                                        "should not have %2.")
                                   .arg(origin, part)});
        }
    }
    const QString regexes = field(PolicyKeys::djangoCorsHeaders, Keys::allowedOriginRegexes);
    for (qsizetype index = 0; index < options.allowedOriginRegexes.size(); ++index)
        checkRegex(options.allowedOriginRegexes.at(index), LibraryRegex::Dialect::PythonMatch,
                   indexed(regexes, index), errors);
    checkRegex(options.urlsRegex, LibraryRegex::Dialect::PythonMatch,
               field(PolicyKeys::djangoCorsHeaders, Keys::urlsRegex), errors);
    if (options.preflightMaxAge < 0)
        errors.append({field(PolicyKeys::djangoCorsHeaders, Keys::preflightMaxAge),
                       Text::tr("corsheaders.E004: CORS_PREFLIGHT_MAX_AGE should be an integer "
                                "greater than or equal to zero.")});
    checkSendable(options.allowMethods, field(PolicyKeys::djangoCorsHeaders, Keys::allowMethods),
                  errors);
    checkSendable(options.allowHeaders, field(PolicyKeys::djangoCorsHeaders, Keys::allowHeaders),
                  errors);
    checkSendable(options.exposeHeaders, field(PolicyKeys::djangoCorsHeaders, Keys::exposeHeaders),
                  errors);
}

} // namespace FrameworkValidation

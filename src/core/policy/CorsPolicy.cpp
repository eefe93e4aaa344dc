#include "core/policy/CorsPolicy.h"

#include "core/http/HttpSyntax.h"
#include "core/http/LibraryRegex.h"
#include "core/policy/FrameworkOptionsJson.h"
#include "core/policy/FrameworkValidation.h"
#include "core/policy/PolicyKeys.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

// One translation context for this file's strings, for tr() and lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CorsPolicy)
};

QString indexed(const QString &field, qsizetype index)
{
    return field + u'[' + QString::number(index) + u']';
}

void checkEach(const QStringList &values, const QString &field,
               QString (*problemOf)(const QString &), PolicyErrors &errors)
{
    for (qsizetype index = 0; index < values.size(); ++index) {
        const QString problem = problemOf(values.at(index));
        if (!problem.isEmpty())
            errors.append({indexed(field, index), problem});
    }
}

void checkManualResponse(const ManualResponse &response, const QString &field, PolicyErrors &errors)
{
    if (response.status < 100 || response.status > 599)
        errors.append({field + u".status",
                       Text::tr("%1 is not an HTTP status; use a number from 100 to 599.")
                           .arg(response.status)});
    const auto &lines = response.headers.lines();
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QString lineField = indexed(field + u".headers", index);
        const QString name = QString::fromUtf8(lines.at(index).first);
        QString problem = HttpSyntax::headerNameProblem(name);
        if (problem.isEmpty() && name == u"*")
            problem = Text::tr("\"*\" is not a header name.");
        if (problem.isEmpty()
            && (name.compare(u"Content-Length", Qt::CaseInsensitive) == 0
                || name.compare(u"Transfer-Encoding", Qt::CaseInsensitive) == 0))
            problem = Text::tr("%1 is written by the server from the body it sends; leave it out.")
                          .arg(name);
        if (!problem.isEmpty())
            errors.append({indexed(lineField, 0), problem});
        const QString valueProblem
            = HttpSyntax::headerValueProblem(QString::fromUtf8(lines.at(index).second));
        if (!valueProblem.isEmpty())
            errors.append({indexed(lineField, 1), valueProblem});
    }
}

} // namespace

PolicyErrors CorsPolicy::validate() const
{
    PolicyErrors errors;
    checkEach(middleware.allowOrigins, PolicyKeys::allowOrigins, HttpSyntax::originProblem, errors);
    if (!middleware.allowOriginRegex.isEmpty()) {
        const LibraryRegex expression(middleware.allowOriginRegex,
                                      LibraryRegex::Dialect::PythonMatch);
        if (!expression.isValid())
            errors.append({PolicyKeys::allowOriginRegex, expression.problem()});
    }
    checkEach(middleware.allowMethods, PolicyKeys::allowMethods, HttpSyntax::methodProblem, errors);
    checkEach(middleware.allowHeaders, PolicyKeys::allowHeaders, HttpSyntax::headerNameProblem,
              errors);
    checkEach(middleware.exposeHeaders, PolicyKeys::exposeHeaders, HttpSyntax::headerNameProblem,
              errors);
    if (middleware.maxAge < 0)
        errors.append({PolicyKeys::maxAge,
                       Text::tr("must be 0 or more seconds (got %1).").arg(middleware.maxAge)});
    if (!middleware.proxyUpstream.isEmpty()) {
        const QUrl upstream(middleware.proxyUpstream, QUrl::StrictMode);
        if (!upstream.isValid() || upstream.scheme() != u"http" || upstream.host().isEmpty())
            errors.append({PolicyKeys::proxyUpstream,
                           Text::tr("\"%1\" is not an http:// URL; write the upstream as "
                                    "http://host[:port][/path], for example http://127.0.0.1:9000.")
                               .arg(middleware.proxyUpstream)});
    }
    FrameworkValidation::check(express, errors);
    FrameworkValidation::check(flaskCors, errors);
    FrameworkValidation::check(djangoCorsHeaders, errors);
    checkManualResponse(manualPreflight, u"manual.preflight"_s, errors);
    checkManualResponse(manualActual, u"manual.actual"_s, errors);
    return errors;
}

QStringList CorsPolicy::differingFields(const CorsPolicy &other) const
{
    QStringList fields;
    const auto compare = [&fields](bool differs, const QString &field) {
        if (differs)
            fields.append(field);
    };
    const MiddlewareOptions &mine = middleware;
    const MiddlewareOptions &theirs = other.middleware;
    compare(mode != other.mode, PolicyKeys::mode);
    compare(framework != other.framework, PolicyKeys::framework);
    // A framework's fields are named "express.maxAge", as its errors name them.
    const auto compareObjects
        = [&fields](const QString &prefix, const QJsonObject &left, const QJsonObject &right) {
              for (auto field = left.begin(); field != left.end(); ++field) {
                  if (field.value() != right.value(field.key()))
                      fields.append(prefix + u'.' + field.key());
              }
          };
    compareObjects(PolicyKeys::express, FrameworkOptionsJson::toJson(express),
                   FrameworkOptionsJson::toJson(other.express));
    compareObjects(PolicyKeys::flaskCors, FrameworkOptionsJson::toJson(flaskCors),
                   FrameworkOptionsJson::toJson(other.flaskCors));
    compareObjects(PolicyKeys::djangoCorsHeaders, FrameworkOptionsJson::toJson(djangoCorsHeaders),
                   FrameworkOptionsJson::toJson(other.djangoCorsHeaders));
    compare(mine.allowOrigins != theirs.allowOrigins, PolicyKeys::allowOrigins);
    compare(mine.allowOriginRegex != theirs.allowOriginRegex, PolicyKeys::allowOriginRegex);
    compare(mine.allowMethods != theirs.allowMethods, PolicyKeys::allowMethods);
    compare(mine.allowHeaders != theirs.allowHeaders, PolicyKeys::allowHeaders);
    compare(mine.allowCredentials != theirs.allowCredentials, PolicyKeys::allowCredentials);
    compare(mine.exposeHeaders != theirs.exposeHeaders, PolicyKeys::exposeHeaders);
    compare(mine.maxAge != theirs.maxAge, PolicyKeys::maxAge);
    compare(mine.proxyUpstream != theirs.proxyUpstream, PolicyKeys::proxyUpstream);
    compare(manualPreflight.status != other.manualPreflight.status, u"manual.preflight.status"_s);
    compare(!(manualPreflight.headers == other.manualPreflight.headers),
            u"manual.preflight.headers"_s);
    compare(manualActual.status != other.manualActual.status, u"manual.actual.status"_s);
    compare(!(manualActual.headers == other.manualActual.headers), u"manual.actual.headers"_s);
    return fields;
}

QString CorsPolicy::fieldOf(const QString &errorField)
{
    const qsizetype bracket = errorField.indexOf(u'[');
    return bracket < 0 ? errorField : errorField.left(bracket);
}

QString CorsPolicy::modeName(Mode mode)
{
    return mode == Mode::Manual ? PolicyKeys::manualMode : PolicyKeys::middlewareMode;
}

QString CorsPolicy::frameworkName(Framework framework)
{
    switch (framework) {
    case Framework::Express:
        return PolicyKeys::expressFramework;
    case Framework::FlaskCors:
        return PolicyKeys::flaskCorsFramework;
    case Framework::DjangoCorsHeaders:
        return PolicyKeys::djangoCorsHeadersFramework;
    case Framework::Starlette:
        break;
    }
    return PolicyKeys::starletteFramework;
}

std::optional<CorsPolicy::Framework> CorsPolicy::frameworkNamed(const QString &name)
{
    for (const Framework framework : frameworks()) {
        if (frameworkName(framework) == name)
            return framework;
    }
    return std::nullopt;
}

QString CorsPolicy::frameworkTitle(Framework framework)
{
    switch (framework) {
    case Framework::Express:
        return u"Express (cors)"_s;
    case Framework::FlaskCors:
        return u"Flask-CORS"_s;
    case Framework::DjangoCorsHeaders:
        return u"django-cors-headers"_s;
    case Framework::Starlette:
        break;
    }
    return u"Starlette / FastAPI"_s;
}

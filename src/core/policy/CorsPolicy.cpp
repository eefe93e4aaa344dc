#include "core/policy/CorsPolicy.h"

#include "core/http/HttpSyntax.h"
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
        const QRegularExpression expression(middleware.allowOriginRegex);
        if (!expression.isValid())
            errors.append({PolicyKeys::allowOriginRegex,
                           Text::tr("does not compile: %1 at character %2.")
                               .arg(expression.errorString())
                               .arg(expression.patternErrorOffset() + 1)});
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

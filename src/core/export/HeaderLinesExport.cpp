#include "core/export/HeaderLinesExport.h"

#include "core/export/StarletteTerms.h"
#include "core/middleware/StarletteFacts.h"

using namespace Qt::Literals::StringLiterals;

namespace HeaderLinesExport {

QString render(const CorsPolicy &policy)
{
    QString text;
    const auto lines = [&text](const QString &title, const HeaderLines &headers) {
        text += title + u'\n';
        for (const auto &line : headers.lines())
            text += QString::fromLatin1(line.first + ": " + line.second) + u'\n';
        text += u'\n';
    };
    if (policy.mode == CorsPolicy::Mode::Manual) {
        lines(u"# Preflight response (status %1)"_s.arg(policy.manualPreflight.status),
              policy.manualPreflight.headers);
        lines(u"# Actual response (status %1)"_s.arg(policy.manualActual.status),
              policy.manualActual.headers);
        return text;
    }
    const MiddlewareOptions &options = policy.middleware;
    const bool wildcard = StarletteTerms::allowsAllOrigins(options);
    const QString origin = wildcard && !options.allowCredentials
        ? u"*"_s
        : u"<the request's Origin, when allowed>"_s;
    HeaderLines preflight{{"Access-Control-Allow-Origin", origin.toUtf8()}};
    preflight.append("Access-Control-Allow-Methods",
                     options.allowMethods.contains(u"*")
                         ? StarletteFacts::allMethods().join(u", ").toUtf8()
                         : options.allowMethods.join(u", ").toUtf8());
    preflight.append("Access-Control-Allow-Headers",
                     options.allowHeaders.contains(u"*")
                         ? QByteArray("<the requested headers>")
                         : StarletteTerms::headersWithSafelisted(options).join(u", ").toUtf8());
    preflight.append("Access-Control-Max-Age", QByteArray::number(options.maxAge));
    if (options.allowCredentials)
        preflight.append("Access-Control-Allow-Credentials", "true");
    if (!wildcard || options.allowCredentials)
        preflight.append("Vary", "Origin");
    lines(u"# Preflight response (200)"_s, preflight);
    HeaderLines actual{
        {"Access-Control-Allow-Origin", wildcard ? "*" : "<the request's Origin, when allowed>"}};
    if (options.allowCredentials)
        actual.append("Access-Control-Allow-Credentials", "true");
    if (!options.exposeHeaders.isEmpty())
        actual.append("Access-Control-Expose-Headers", options.exposeHeaders.join(u", ").toUtf8());
    if (!wildcard)
        actual.append("Vary", "Origin");
    lines(u"# Other responses"_s, actual);
    return text;
}

} // namespace HeaderLinesExport

#include "core/middleware/CorsMiddleware.h"

#include "core/middleware/PythonStrings.h"
#include "core/middleware/StarletteFacts.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// Header bytes are read as Latin-1, as Starlette (and the ASGI spec) decodes them.
QString latin1(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

QByteArray joined(const QStringList &values)
{
    return values.join(u", ").toLatin1();
}

} // namespace

CorsMiddleware::CorsMiddleware(const MiddlewareOptions &options)
    : m_allowOrigins(options.allowOrigins)
    , m_allowMethods(options.allowMethods.contains(u"*") ? StarletteFacts::allMethods()
                                                         : options.allowMethods)
    , m_allowAllOrigins(options.allowOrigins.contains(u"*"))
    , m_allowAllHeaders(options.allowHeaders.contains(u"*"))
{
    if (!options.allowOriginRegex.isEmpty())
        m_allowOriginRegex
            = QRegularExpression(QRegularExpression::anchoredPattern(options.allowOriginRegex));
    m_preflightExplicitAllowOrigin = !m_allowAllOrigins || options.allowCredentials;

    if (m_allowAllOrigins)
        m_simpleHeaders.append("Access-Control-Allow-Origin", "*");
    if (options.allowCredentials)
        m_simpleHeaders.append("Access-Control-Allow-Credentials", "true");
    if (!options.exposeHeaders.isEmpty())
        m_simpleHeaders.append("Access-Control-Expose-Headers", joined(options.exposeHeaders));

    // The origin itself is added per request when it is allowed.
    if (m_preflightExplicitAllowOrigin)
        m_preflightHeaders.append("Vary", "Origin");
    else
        m_preflightHeaders.append("Access-Control-Allow-Origin", "*");
    m_preflightHeaders.append("Access-Control-Allow-Methods", joined(m_allowMethods));
    m_preflightHeaders.append("Access-Control-Max-Age", QByteArray::number(options.maxAge));

    // The four CORS-safelisted names are always allowed, whatever the options say.
    QStringList allowHeaders = StarletteFacts::alwaysAllowedHeaders();
    allowHeaders.append(options.allowHeaders);
    allowHeaders.removeDuplicates();
    allowHeaders.sort(Qt::CaseSensitive);
    if (!m_allowAllHeaders)
        m_preflightHeaders.append("Access-Control-Allow-Headers", joined(allowHeaders));
    if (options.allowCredentials)
        m_preflightHeaders.append("Access-Control-Allow-Credentials", "true");
    for (const QString &header : std::as_const(allowHeaders))
        m_allowHeadersLowerCase.append(header.toLower());
}

bool CorsMiddleware::isPreflight(const IncomingRequest &request)
{
    return request.method == "OPTIONS" && request.headers.contains("Origin")
        && request.headers.contains("Access-Control-Request-Method");
}

bool CorsMiddleware::isAllowedOrigin(const QString &origin) const
{
    if (m_allowAllOrigins)
        return true;
    if (m_allowOriginRegex && m_allowOriginRegex->match(origin).hasMatch())
        return true;
    return m_allowOrigins.contains(origin);
}

ServerResponse CorsMiddleware::respond(const IncomingRequest &request,
                                       ServerResponse appResponse) const
{
    if (!request.headers.contains("Origin")) {
        appResponse.corsOutcome.reason = CorsOutcome::Reason::NotCorsRequest;
        return appResponse;
    }
    if (isPreflight(request))
        return preflightResponse(request);
    return simpleResponse(request, std::move(appResponse));
}

ServerResponse CorsMiddleware::preflightResponse(const IncomingRequest &request) const
{
    const QByteArray origin = request.headers.firstValue("Origin");
    const QString requestedMethod
        = latin1(request.headers.firstValue("Access-Control-Request-Method"));
    const bool hasRequestedHeaders = request.headers.contains("Access-Control-Request-Headers");
    const QByteArray requestedHeaders
        = request.headers.firstValue("Access-Control-Request-Headers");

    ServerResponse response;
    response.isPreflight = true;
    response.headers = m_preflightHeaders;
    unsigned refused = 0;

    if (isAllowedOrigin(latin1(origin))) {
        if (m_preflightExplicitAllowOrigin)
            response.headers.set("Access-Control-Allow-Origin", origin);
    } else {
        refused |= CorsOutcome::RefusedOrigin;
    }

    if (!m_allowMethods.contains(requestedMethod))
        refused |= CorsOutcome::RefusedMethod;

    if (m_allowAllHeaders && hasRequestedHeaders) {
        response.headers.set("Access-Control-Allow-Headers", requestedHeaders);
    } else if (hasRequestedHeaders) {
        const QStringList names = latin1(requestedHeaders).split(u',');
        for (const QString &name : names) {
            if (!m_allowHeadersLowerCase.contains(PythonStrings::strip(name.toLower()))) {
                refused |= CorsOutcome::RefusedHeaders;
                break;
            }
        }
    }

    response.headers.append("Content-Type", "text/plain; charset=utf-8");
    if (refused == 0) {
        response.status = 200;
        response.body = "OK";
        response.corsDecision = ServerResponse::CorsDecision::Allowed;
        response.corsOutcome.reason = CorsOutcome::Reason::PreflightAllowed;
    } else {
        response.status = 400;
        response.body = "Disallowed CORS " + joined(CorsOutcome::refusedCheckNames(refused));
        response.corsDecision = ServerResponse::CorsDecision::Refused;
        response.corsOutcome.reason = CorsOutcome::Reason::PreflightRefused;
        response.corsOutcome.refusedChecks = refused;
    }
    return response;
}

ServerResponse CorsMiddleware::simpleResponse(const IncomingRequest &request,
                                              ServerResponse response) const
{
    for (const auto &line : m_simpleHeaders.lines())
        response.headers.set(line.first, line.second);
    const QByteArray origin = request.headers.firstValue("Origin");
    const bool hasCookie = request.headers.contains("Cookie");

    // A request with cookies must get its own origin back, never "*".
    const bool echoOrigin = (m_allowAllOrigins && hasCookie)
        || (!m_allowAllOrigins && isAllowedOrigin(latin1(origin)));
    if (echoOrigin) {
        response.headers.set("Access-Control-Allow-Origin", origin);
        const QByteArray vary = response.headers.contains("Vary")
            ? response.headers.firstValue("Vary") + ", Origin"
            : QByteArray("Origin");
        response.headers.set("Vary", vary);
    }
    response.corsDecision = echoOrigin || m_allowAllOrigins ? ServerResponse::CorsDecision::Allowed
                                                            : ServerResponse::CorsDecision::Refused;
    if (echoOrigin)
        response.corsOutcome.reason = CorsOutcome::Reason::OriginEchoed;
    else if (m_allowAllOrigins)
        response.corsOutcome.reason = CorsOutcome::Reason::OriginWildcard;
    else
        response.corsOutcome.reason = CorsOutcome::Reason::OriginNotAllowed;
    return response;
}

#include "core/middleware/DjangoCorsMiddleware.h"

namespace {

// wsgiref joins repeated header lines with "," into one environ value.
QString wsgiHeader(const IncomingRequest &request, QByteArrayView name)
{
    return QString::fromLatin1(request.headers.values(name).join(','));
}

QByteArray joinedAsDjango(const QStringList &values)
{
    return values.join(u", ").toLatin1();
}

} // namespace

DjangoCorsMiddleware::DjangoCorsMiddleware(const DjangoCorsHeadersOptions &options)
    : m_options(options)
    , m_urlsRegex(options.urlsRegex, LibraryRegex::Dialect::PythonMatch)
{
    for (const QString &pattern : options.allowedOriginRegexes)
        m_originRegexes.append(LibraryRegex(pattern, LibraryRegex::Dialect::PythonMatch));
    for (const QString &origin : options.allowedOrigins)
        m_allowedOriginParts.append(PythonUrlSplit::split(origin));
}

bool DjangoCorsMiddleware::isOriginListed(const QString &origin, const PythonUrlSplit &parts) const
{
    if (origin == u"null" && m_options.allowedOrigins.contains(origin))
        return true;
    for (const auto &listed : m_allowedOriginParts) {
        if (listed && listed->scheme == parts.scheme && listed->netloc == parts.netloc)
            return true;
    }
    return std::any_of(m_originRegexes.cbegin(), m_originRegexes.cend(),
                       [&origin](const LibraryRegex &regex) { return regex.matches(origin); });
}

ServerResponse DjangoCorsMiddleware::respond(const IncomingRequest &request,
                                             ServerResponse appResponse) const
{
    ServerResponse response = std::move(appResponse);
    if (!m_urlsRegex.matches(request.path)) {
        response.corsOutcome.reason = CorsOutcome::Reason::CorsNotApplied;
        return response;
    }
    const bool isOptions = request.method.toUpper() == "OPTIONS";
    if (isOptions && request.headers.contains("Access-Control-Request-Method")) {
        // process_request() answers it before any view runs.
        response.status = 200;
        response.body.clear();
        response.headers = HeaderLines{{"Content-Type", "text/html; charset=utf-8"}};
        response.isPreflight = true;
    }

    response.headers.set("Vary",
                         response.headers.contains("Vary")
                             ? response.headers.firstValue("Vary") + ", Origin"
                             : QByteArray("Origin"));
    const QString origin = wsgiHeader(request, "Origin");
    const auto parts = PythonUrlSplit::split(origin);
    if (origin.isEmpty() || !parts) {
        response.corsOutcome.reason = CorsOutcome::Reason::NotCorsRequest;
        return response;
    }
    // Sent before the origin is checked, so a refused origin gets it too.
    if (m_options.allowCredentials)
        response.headers.set("Access-Control-Allow-Credentials", "true");
    const auto outcome = response.isPreflight ? CorsOutcome::Reason::PreflightAnswered
                                              : CorsOutcome::Reason::OriginEchoed;
    if (!m_options.allowAllOrigins && !isOriginListed(origin, *parts)) {
        response.corsOutcome.reason
            = response.isPreflight ? outcome : CorsOutcome::Reason::OriginNotAllowed;
        response.corsDecision = ServerResponse::CorsDecision::Refused;
        return response;
    }
    const bool wildcard = m_options.allowAllOrigins && !m_options.allowCredentials;
    response.headers.set("Access-Control-Allow-Origin",
                         wildcard ? QByteArray("*") : origin.toLatin1());
    if (!m_options.exposeHeaders.isEmpty())
        response.headers.set("Access-Control-Expose-Headers",
                             joinedAsDjango(m_options.exposeHeaders));
    if (isOptions) {
        response.headers.set("Access-Control-Allow-Headers",
                             joinedAsDjango(m_options.allowHeaders));
        response.headers.set("Access-Control-Allow-Methods",
                             joinedAsDjango(m_options.allowMethods));
        if (m_options.preflightMaxAge != 0)
            response.headers.set("Access-Control-Max-Age",
                                 QByteArray::number(m_options.preflightMaxAge));
    }
    response.corsDecision = ServerResponse::CorsDecision::Allowed;
    response.corsOutcome.reason = response.isPreflight
        ? outcome
        : (wildcard ? CorsOutcome::Reason::OriginWildcard : CorsOutcome::Reason::OriginEchoed);
    return response;
}

#include "core/middleware/FlaskCorsMiddleware.h"

#include "core/middleware/PythonStrings.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// Werkzeug's development server joins repeated header lines with ",".
QString werkzeugHeader(const IncomingRequest &request, QByteArrayView name)
{
    return QString::fromLatin1(request.headers.values(name).join(','));
}

// flexible_str(): a list is sorted and joined with ", ", a string kept as written.
QString flexibleString(const TextOrList &value)
{
    if (!value.isList)
        return value.text;
    QStringList items = value.items;
    items.sort(Qt::CaseSensitive);
    return items.join(u", ");
}

} // namespace

QList<FlaskCorsMiddleware::Pattern> FlaskCorsMiddleware::patternsOf(const TextOrList &value)
{
    QList<Pattern> patterns;
    for (QString text : value.values()) {
        // re_fix(): a lone "*" stands for ".*".
        if (text == u"*")
            text = u".*"_s;
        Pattern pattern{text, std::nullopt};
        if (FlaskCorsOptions::isProbablyRegex(text))
            pattern.regex.emplace(text, LibraryRegex::Dialect::PythonMatchIgnoringCase);
        patterns.append(pattern);
    }
    return patterns;
}

bool FlaskCorsMiddleware::matchesAny(const QString &value, const QList<Pattern> &patterns)
{
    return std::any_of(patterns.cbegin(), patterns.cend(), [&value](const Pattern &pattern) {
        // An invalid pattern (re.error) matches nothing; a literal compares case-folded.
        return pattern.regex ? pattern.regex->matches(value)
                             : value.toCaseFolded() == pattern.text.toCaseFolded();
    });
}

FlaskCorsMiddleware::FlaskCorsMiddleware(const FlaskCorsOptions &options)
    : m_options(options)
    , m_origins(patternsOf(options.origins))
    , m_allowHeaders(patternsOf(options.allowHeaders))
    , m_methods(flexibleString(options.methods).toUpper())
{
    m_wildcard = std::any_of(m_origins.cbegin(), m_origins.cend(),
                             [](const Pattern &pattern) { return pattern.text == u".*"; });
    m_anyOriginIsRegex = std::any_of(m_origins.cbegin(), m_origins.cend(),
                                     [](const Pattern &pattern) { return bool(pattern.regex); });
    if (options.exposeHeaders)
        m_exposeHeaders = flexibleString(*options.exposeHeaders).toLatin1();
    // A max_age of 0 is falsy and dropped with the other empty values.
    if (options.maxAge && *options.maxAge != 0)
        m_maxAge = QByteArray::number(*options.maxAge);
}

QStringList FlaskCorsMiddleware::originsToSet(const QString &requestOrigin) const
{
    if (!requestOrigin.isEmpty()) {
        if (m_wildcard && m_options.sendWildcard)
            return {u"*"_s};
        if (matchesAny(requestOrigin, m_origins))
            return {requestOrigin};
        return {};
    }
    if (!m_options.alwaysSend)
        return {};
    if (m_wildcard)
        return m_options.supportsCredentials ? QStringList() : QStringList{u"*"_s};
    QStringList literals;
    for (const Pattern &pattern : m_origins) {
        if (!pattern.regex)
            literals.append(pattern.text);
    }
    literals.sort(Qt::CaseSensitive);
    return literals;
}

ServerResponse FlaskCorsMiddleware::respond(const IncomingRequest &request,
                                            ServerResponse appResponse) const
{
    const bool isOptions = request.method.toUpper() == "OPTIONS";
    ServerResponse response = std::move(appResponse);
    if (isOptions) {
        // Flask's automatic OPTIONS answer, for a route that does not list OPTIONS.
        response.status = 200;
        response.body.clear();
        response.headers = HeaderLines{{"Content-Type", "text/html; charset=utf-8"},
                                       {"Allow", "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT"}};
    }
    const QString requestOrigin = werkzeugHeader(request, "Origin");
    const QString requestedMethod
        = werkzeugHeader(request, "Access-Control-Request-Method").toUpper();
    response.isPreflight = isOptions && !requestedMethod.isEmpty();

    const QStringList origins = originsToSet(requestOrigin);
    if (origins.isEmpty()) {
        response.corsOutcome.reason = requestOrigin.isEmpty()
            ? CorsOutcome::Reason::NotCorsRequest
            : (response.isPreflight ? CorsOutcome::Reason::PreflightRefused
                                    : CorsOutcome::Reason::OriginNotAllowed);
        response.corsOutcome.refusedChecks
            = response.isPreflight ? unsigned(CorsOutcome::RefusedOrigin) : 0u;
        if (!requestOrigin.isEmpty())
            response.corsDecision = ServerResponse::CorsDecision::Refused;
        return response;
    }

    // The order of get_cors_headers(); empty values are dropped at its end.
    HeaderLines lines;
    lines.append("Access-Control-Allow-Origin", origins.first().toLatin1());
    if (!m_exposeHeaders.isEmpty())
        lines.append("Access-Control-Expose-Headers", m_exposeHeaders);
    if (m_options.supportsCredentials)
        lines.append("Access-Control-Allow-Credentials", "true");
    const bool methodListed = !requestedMethod.isEmpty() && m_methods.contains(requestedMethod);
    if (isOptions && methodListed) {
        const QString requestedHeaders = werkzeugHeader(request, "Access-Control-Request-Headers");
        if (!requestedHeaders.isEmpty()) {
            QStringList matching;
            for (const QString &name : requestedHeaders.split(u',')) {
                const QString stripped = PythonStrings::strip(name);
                if (matchesAny(stripped, m_allowHeaders))
                    matching.append(stripped);
            }
            matching.sort(Qt::CaseSensitive);
            const QString allowHeaders = matching.join(u", ");
            if (!allowHeaders.isEmpty())
                lines.append("Access-Control-Allow-Headers", allowHeaders.toLatin1());
        }
        if (!m_maxAge.isEmpty())
            lines.append("Access-Control-Max-Age", m_maxAge);
        if (!m_methods.isEmpty())
            lines.append("Access-Control-Allow-Methods", m_methods.toLatin1());
    }
    // Vary only when the answer can change with the origin.
    if (m_options.varyHeader && origins.first() != u"*"
        && (m_origins.size() > 1 || origins.size() > 1 || m_anyOriginIsRegex))
        lines.append("Vary", "Origin");
    response.headers.append(lines);

    if (requestOrigin.isEmpty()) {
        response.corsOutcome.reason = CorsOutcome::Reason::NotCorsRequest;
        return response;
    }
    response.corsDecision = ServerResponse::CorsDecision::Allowed;
    if (response.isPreflight) {
        response.corsOutcome.reason = methodListed ? CorsOutcome::Reason::PreflightAllowed
                                                   : CorsOutcome::Reason::PreflightRefused;
        response.corsOutcome.refusedChecks
            = methodListed ? 0u : unsigned(CorsOutcome::RefusedMethod);
        if (!methodListed)
            response.corsDecision = ServerResponse::CorsDecision::Refused;
    } else {
        response.corsOutcome.reason = origins.first() == u"*" ? CorsOutcome::Reason::OriginWildcard
                                                              : CorsOutcome::Reason::OriginEchoed;
    }
    return response;
}

#include "core/middleware/ExpressCorsMiddleware.h"

namespace {

// Node joins repeated header lines with ", " into the one value Express sees.
std::optional<QByteArray> nodeHeader(const IncomingRequest &request, QByteArrayView name)
{
    if (!request.headers.contains(name))
        return std::nullopt;
    return request.headers.combinedValue(name);
}

// A list is joined with "," (Array.join), a string sent as written.
QByteArray joinedAsExpress(const TextOrList &value)
{
    return (value.isList ? value.items.join(u',') : value.text).toUtf8();
}

// The vary package: one Vary line, each field added once, at the place of the first.
void addVary(HeaderLines &lines, const QByteArray &field)
{
    if (!lines.contains("Vary")) {
        lines.append("Vary", field);
        return;
    }
    const QByteArray current = lines.firstValue("Vary");
    for (const QByteArray &existing : current.split(',')) {
        if (existing.trimmed().compare(field, Qt::CaseInsensitive) == 0)
            return;
    }
    lines.set("Vary", current + ", " + field);
}

} // namespace

ExpressCorsMiddleware::ExpressCorsMiddleware(const ExpressCorsOptions &options)
    : m_options(options)
{
    using Kind = ExpressCorsOptions::OriginKind;
    // cors calls next() at once for a falsy origin: false, or the empty string.
    m_disabled = options.originKind == Kind::Disabled
        || (options.originKind == Kind::Text && options.originText.isEmpty());
    if (options.originKind == Kind::Regex)
        m_originRegex.emplace(options.originText, LibraryRegex::Dialect::JavaScriptTest);
    for (const ExpressOriginEntry &entry : options.originList) {
        m_originListRegexes.append(
            entry.isRegex ? std::optional<LibraryRegex>(std::in_place, entry.text,
                                                        LibraryRegex::Dialect::JavaScriptTest)
                          : std::nullopt);
    }
    m_methods = joinedAsExpress(options.methods);
    // An empty string is falsy: the requested headers are reflected, as when unset.
    if (options.allowedHeaders
        && (options.allowedHeaders->isList || !options.allowedHeaders->text.isEmpty()))
        m_allowedHeaders = joinedAsExpress(*options.allowedHeaders);
    if (options.exposedHeaders)
        m_exposedHeaders = joinedAsExpress(*options.exposedHeaders);
    if (options.maxAge)
        m_maxAge = QByteArray::number(*options.maxAge);
}

bool ExpressCorsMiddleware::isOriginAllowed(const QByteArray &origin) const
{
    using Kind = ExpressCorsOptions::OriginKind;
    const QString text = QString::fromLatin1(origin);
    switch (m_options.originKind) {
    case Kind::ReflectAny:
        return true;
    case Kind::Regex:
        return m_originRegex->matches(text);
    case Kind::List:
        for (qsizetype index = 0; index < m_options.originList.size(); ++index) {
            const auto &regex = m_originListRegexes.at(index);
            if (regex ? regex->matches(text) : m_options.originList.at(index).text == text)
                return true;
        }
        return false;
    case Kind::Text:
    case Kind::Disabled:
        break;
    }
    return false;
}

void ExpressCorsMiddleware::addOriginLines(const std::optional<QByteArray> &origin,
                                           HeaderLines &lines) const
{
    using Kind = ExpressCorsOptions::OriginKind;
    if (m_options.originKind == Kind::Text) {
        lines.append("Access-Control-Allow-Origin", m_options.originText.toUtf8());
        if (m_options.originText != u"*")
            addVary(lines, "Origin");
        return;
    }
    // A refused or missing origin leaves the line out (its value is false or undefined), but
    // Vary is sent all the same.
    if (origin && !origin->isEmpty() && isOriginAllowed(*origin))
        lines.append("Access-Control-Allow-Origin", *origin);
    addVary(lines, "Origin");
}

ServerResponse ExpressCorsMiddleware::respond(const IncomingRequest &request,
                                              ServerResponse appResponse) const
{
    if (m_disabled) {
        appResponse.corsOutcome.reason = CorsOutcome::Reason::CorsNotApplied;
        return appResponse;
    }
    const std::optional<QByteArray> origin = nodeHeader(request, "Origin");
    const bool isOptions = request.method.toUpper() == "OPTIONS";

    HeaderLines lines;
    addOriginLines(origin, lines);
    if (m_options.credentials)
        lines.append("Access-Control-Allow-Credentials", "true");
    if (isOptions) {
        if (!m_methods.isEmpty())
            lines.append("Access-Control-Allow-Methods", m_methods);
        std::optional<QByteArray> allowedHeaders = m_allowedHeaders;
        if (!allowedHeaders) {
            allowedHeaders = nodeHeader(request, "Access-Control-Request-Headers");
            addVary(lines, "Access-Control-Request-Headers");
        }
        if (allowedHeaders && !allowedHeaders->isEmpty())
            lines.append("Access-Control-Allow-Headers", *allowedHeaders);
        if (!m_maxAge.isEmpty())
            lines.append("Access-Control-Max-Age", m_maxAge);
    }
    if (!m_exposedHeaders.isEmpty())
        lines.append("Access-Control-Expose-Headers", m_exposedHeaders);

    const QByteArray allowOrigin = lines.firstValue("Access-Control-Allow-Origin");
    const bool originAnswered = origin && (allowOrigin == "*" || allowOrigin == *origin);
    ServerResponse response;
    if (isOptions && !m_options.preflightContinue) {
        response.status = m_options.optionsSuccessStatus;
        response.isPreflight = true;
        response.corsOutcome.reason = CorsOutcome::Reason::PreflightAnswered;
    } else {
        // The route's own headers come after the ones cors set.
        response = std::move(appResponse);
        response.isPreflight = isOptions;
        for (const auto &line : response.headers.lines())
            lines.append(line.first, line.second);
        if (!origin)
            response.corsOutcome.reason = CorsOutcome::Reason::NotCorsRequest;
        else if (m_options.originKind == ExpressCorsOptions::OriginKind::Text
                 && m_options.originText != u"*")
            response.corsOutcome.reason = CorsOutcome::Reason::OriginFixed;
        else if (allowOrigin == "*")
            response.corsOutcome.reason = CorsOutcome::Reason::OriginWildcard;
        else if (originAnswered)
            response.corsOutcome.reason = CorsOutcome::Reason::OriginEchoed;
        else
            response.corsOutcome.reason = CorsOutcome::Reason::OriginNotAllowed;
    }
    response.headers = lines;
    if (origin)
        response.corsDecision = originAnswered ? ServerResponse::CorsDecision::Allowed
                                               : ServerResponse::CorsDecision::Refused;
    return response;
}

#pragma once

#include "core/http/IncomingRequest.h"
#include "core/http/LibraryRegex.h"
#include "core/http/ServerResponse.h"
#include "core/policy/ExpressCorsOptions.h"

#include <optional>

// npm's cors middleware (2.8.6) in front of an Express 5 catch-all route, rule for rule from
// its lib/index.js: every OPTIONS is a preflight answered optionsSuccessStatus (204) without
// any check, a fixed origin string is sent to everyone, regexes are unanchored, and requested
// headers are reflected unless allowedHeaders is set. tst_expressdifferential holds it to the
// real one. Read-only once built: one instance serves every server thread.
class ExpressCorsMiddleware
{
public:
    explicit ExpressCorsMiddleware(const ExpressCorsOptions &options);

    ServerResponse respond(const IncomingRequest &request, ServerResponse appResponse) const;

private:
    // The origin lines (Access-Control-Allow-Origin and Vary) and whether the request's origin
    // was matched, for the log.
    void addOriginLines(const std::optional<QByteArray> &origin, HeaderLines &lines) const;
    bool isOriginAllowed(const QByteArray &origin) const;

    ExpressCorsOptions m_options;
    bool m_disabled = false;
    std::optional<LibraryRegex> m_originRegex;
    QList<std::optional<LibraryRegex>> m_originListRegexes;
    QByteArray m_methods;
    std::optional<QByteArray> m_allowedHeaders;
    QByteArray m_exposedHeaders;
    QByteArray m_maxAge;
};

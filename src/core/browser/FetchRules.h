#pragma once

#include "core/http/HeaderLines.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

// The Fetch standard's request rules as Chromium implements them
// (services/network/public/cpp/cors/cors.cc): safelists, forbidden names, origins.
namespace FetchRules {

// fetch() upper-cases only DELETE, GET, HEAD, OPTIONS, POST and PUT; `patch` stays `patch`.
QByteArray normalizeMethod(const QString &method);
// CONNECT, TRACE and TRACK: fetch() throws.
bool isForbiddenMethod(const QByteArray &method);
// GET, HEAD, POST, compared as Chromium does (upper-cased).
bool isSafelistedMethod(const QByteArray &method);

// Headers a page may not set; fetch() drops them silently.
bool isForbiddenRequestHeader(const QByteArray &name, const QByteArray &value);
// Why this header is not CORS-safelisted, in words; empty when it is.
QString safelistProblem(const QByteArray &name, const QByteArray &value);

struct UnsafeHeader
{
    QByteArray lowerCaseName;
    QString reason;
};
// The headers that need a preflight, with the reason for each, in request order.
QList<UnsafeHeader> unsafeRequestHeaders(const HeaderLines &headers);
// Access-Control-Request-Headers as Chromium writes it: lower-cased, sorted, unique, ",".
QByteArray accessControlRequestHeaders(const QList<UnsafeHeader> &unsafeHeaders);

// Whether two origins are on the same site (for Sec-Fetch-Site); a simple approximation
// without the public suffix list: same scheme and same last two host labels, or same IP.
bool isSameSite(const QString &origin, const QUrl &url);

// The response headers a page's JavaScript may read, lower-cased, sorted, unique.
QList<QByteArray> exposedResponseHeaders(const HeaderLines &responseHeaders,
                                         bool credentialsIncluded);

} // namespace FetchRules

#pragma once

#include "core/browser/CorsFailure.h"
#include "core/http/HeaderLines.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// One check the browser made on a response, for the annotated trace.
struct CorsCheck
{
    QByteArray header;
    bool passed = false;
    QString rule;
};

// Chromium's checks on responses (services/network/public/cpp/cors/cors.cc and
// services/network/cors/preflight_result.cc), in its order.
namespace CorsChecks {

// Access-Control-Allow-Origin (and -Credentials when credentials are included). Duplicate lines
// are combined with ", " first, as the browser reads them.
std::optional<CorsFailure> checkAccess(const HeaderLines &responseHeaders, bool credentialsIncluded,
                                       const QString &origin, QList<CorsCheck> *checks = nullptr);

// What a successful preflight allows, as the preflight cache keeps it.
struct PreflightAllowance
{
    // Access-Control-Allow-Methods as sent (case kept: methods compare case-sensitively).
    QList<QByteArray> methods;
    // Access-Control-Allow-Headers, lower-cased.
    QList<QByteArray> headers;
    qint64 maxAgeSeconds = 5;
    bool credentialsIncluded = false;

    std::optional<CorsFailure> checkMethod(const QByteArray &method) const;
    std::optional<CorsFailure> checkHeaders(const QList<QByteArray> &unsafeLowerCaseNames) const;
};

// The whole preflight check: redirect, access, status, then parsing the allow lists.
// On success fills allowance; the method and header checks are left to the caller, because
// a cached allowance answers them too.
std::optional<CorsFailure> checkPreflightResponse(int status, const HeaderLines &responseHeaders,
                                                  bool credentialsIncluded, const QString &origin,
                                                  PreflightAllowance *allowance,
                                                  QList<CorsCheck> *checks = nullptr);

bool isRedirect(int status, const HeaderLines &headers);
// Chromium's reading of Access-Control-Max-Age: absent or unreadable 5 s, negative 0, at most
// 7200 s (2 hours).
qint64 maxAgeSeconds(const HeaderLines &headers);

} // namespace CorsChecks

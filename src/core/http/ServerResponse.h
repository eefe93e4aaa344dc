#pragma once

#include "core/http/CorsOutcome.h"
#include "core/http/HeaderLines.h"

#include <QByteArray>
#include <QString>

// How the embedded server answers one request. Content-Length is left out: the server writes
// it from the body so that no policy can break the connection's framing.
struct ServerResponse
{
    int status = 200;
    HeaderLines headers;
    QByteArray body;

    // What the server's CORS layer decided, for the request log.
    enum class CorsDecision { NotCors, Allowed, Refused, Manual };

    bool isPreflight = false;
    CorsDecision corsDecision = CorsDecision::NotCors;
    CorsOutcome corsOutcome;

    // 1xx, 204 and 304 responses never carry a body (RFC 9110).
    static bool statusAllowsBody(int status)
    {
        return status >= 200 && status != 204 && status != 304;
    }
};

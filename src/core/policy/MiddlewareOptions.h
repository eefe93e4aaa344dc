#pragma once

#include <QString>
#include <QStringList>

// The options of Starlette's CORSMiddleware (FastAPI's too), with its defaults.
struct MiddlewareOptions
{
    QStringList allowOrigins;
    // Empty means no regex, as Starlette's None.
    QString allowOriginRegex;
    QStringList allowMethods{QStringLiteral("GET")};
    QStringList allowHeaders;
    bool allowCredentials = false;
    QStringList exposeHeaders;
    int maxAge = 600;
    // Proxy mode: forward every request but preflights to this http:// URL and put the CORS
    // headers on its answer, as a CORS debugging proxy does. Empty: answer locally.
    QString proxyUpstream;

    friend bool operator==(const MiddlewareOptions &left, const MiddlewareOptions &right)
    {
        return left.allowOrigins == right.allowOrigins
            && left.allowOriginRegex == right.allowOriginRegex
            && left.allowMethods == right.allowMethods && left.allowHeaders == right.allowHeaders
            && left.allowCredentials == right.allowCredentials
            && left.exposeHeaders == right.exposeHeaders && left.maxAge == right.maxAge
            && left.proxyUpstream == right.proxyUpstream;
    }
    friend bool operator!=(const MiddlewareOptions &left, const MiddlewareOptions &right)
    {
        return !(left == right);
    }
};

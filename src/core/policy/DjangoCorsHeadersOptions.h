#pragma once

#include <QString>
#include <QStringList>

// The settings of django-cors-headers (3.14, Debian 12's python3-django-cors-headers), named
// and defaulted as in its conf.py and defaults.py.
struct DjangoCorsHeadersOptions
{
    QStringList allowedOrigins;
    QStringList allowedOriginRegexes;
    bool allowAllOrigins = false;
    QStringList allowMethods{QStringLiteral("DELETE"),  QStringLiteral("GET"),
                             QStringLiteral("OPTIONS"), QStringLiteral("PATCH"),
                             QStringLiteral("POST"),    QStringLiteral("PUT")};
    QStringList allowHeaders{QStringLiteral("accept"),
                             QStringLiteral("accept-encoding"),
                             QStringLiteral("authorization"),
                             QStringLiteral("content-type"),
                             QStringLiteral("dnt"),
                             QStringLiteral("origin"),
                             QStringLiteral("user-agent"),
                             QStringLiteral("x-csrftoken"),
                             QStringLiteral("x-requested-with")};
    QStringList exposeHeaders;
    bool allowCredentials = false;
    qint64 preflightMaxAge = 86400;
    QString urlsRegex = QStringLiteral("^.*$");

    friend bool operator==(const DjangoCorsHeadersOptions &left,
                           const DjangoCorsHeadersOptions &right)
    {
        return left.allowedOrigins == right.allowedOrigins
            && left.allowedOriginRegexes == right.allowedOriginRegexes
            && left.allowAllOrigins == right.allowAllOrigins
            && left.allowMethods == right.allowMethods && left.allowHeaders == right.allowHeaders
            && left.exposeHeaders == right.exposeHeaders
            && left.allowCredentials == right.allowCredentials
            && left.preflightMaxAge == right.preflightMaxAge && left.urlsRegex == right.urlsRegex;
    }
    friend bool operator!=(const DjangoCorsHeadersOptions &left,
                           const DjangoCorsHeadersOptions &right)
    {
        return !(left == right);
    }
};

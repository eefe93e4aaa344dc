#pragma once

#include <QStringList>

// Facts of Starlette's CORSMiddleware (starlette/middleware/cors.py) that more than the
// middleware needs: the export writes them into other frameworks' code so that those answer as
// the playground does. Its option defaults are in core/policy/MiddlewareOptions.h.
namespace StarletteFacts {

// ALL_METHODS: what allow_methods=["*"] stands for.
inline const QStringList &allMethods()
{
    static const QStringList methods{QStringLiteral("DELETE"), QStringLiteral("GET"),
                                     QStringLiteral("HEAD"),   QStringLiteral("OPTIONS"),
                                     QStringLiteral("PATCH"),  QStringLiteral("POST"),
                                     QStringLiteral("PUT")};
    return methods;
}

// SAFELISTED_HEADERS: allowed on every preflight, whatever allow_headers says.
inline const QStringList &alwaysAllowedHeaders()
{
    static const QStringList headers{QStringLiteral("Accept"), QStringLiteral("Accept-Language"),
                                     QStringLiteral("Content-Language"),
                                     QStringLiteral("Content-Type")};
    return headers;
}

} // namespace StarletteFacts

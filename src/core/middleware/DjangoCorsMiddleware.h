#pragma once

#include "core/http/IncomingRequest.h"
#include "core/http/LibraryRegex.h"
#include "core/http/PythonUrlSplit.h"
#include "core/http/ServerResponse.h"
#include "core/policy/DjangoCorsHeadersOptions.h"

// django-cors-headers 3.14's CorsMiddleware in front of a Django 3.2 catch-all view, rule for
// rule from corsheaders/middleware.py: on paths matching CORS_URLS_REGEX every OPTIONS with
// Access-Control-Request-Method gets an empty 200 whatever it asks, every response gets
// "Vary: Origin", origins compare by scheme and netloc, and regexes match by prefix.
// tst_djangocorsdifferential holds it to the real one. Read-only once built: one instance
// serves every server thread.
class DjangoCorsMiddleware
{
public:
    explicit DjangoCorsMiddleware(const DjangoCorsHeadersOptions &options);

    ServerResponse respond(const IncomingRequest &request, ServerResponse appResponse) const;

private:
    bool isOriginListed(const QString &origin, const PythonUrlSplit &parts) const;

    DjangoCorsHeadersOptions m_options;
    LibraryRegex m_urlsRegex;
    QList<LibraryRegex> m_originRegexes;
    QList<std::optional<PythonUrlSplit>> m_allowedOriginParts;
};

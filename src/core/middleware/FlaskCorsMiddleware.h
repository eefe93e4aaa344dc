#pragma once

#include "core/http/IncomingRequest.h"
#include "core/http/LibraryRegex.h"
#include "core/http/ServerResponse.h"
#include "core/policy/FlaskCorsOptions.h"

#include <optional>

// Flask-CORS 3.0.10 (CORS(app, ...)) in front of a Flask 2.2 catch-all route that does not
// list OPTIONS, rule for rule from flask_cors/core.py: Flask answers every OPTIONS itself (200,
// empty), the library adds headers only for a matched origin, patterns are re.match'ed ignoring
// case (a prefix is enough), and the method check is a substring test. tst_flaskcorsdifferential
// holds it to the real one. Read-only once built: one instance serves every server thread.
class FlaskCorsMiddleware
{
public:
    explicit FlaskCorsMiddleware(const FlaskCorsOptions &options);

    ServerResponse respond(const IncomingRequest &request, ServerResponse appResponse) const;

private:
    struct Pattern
    {
        QString text;
        std::optional<LibraryRegex> regex;
    };
    static QList<Pattern> patternsOf(const TextOrList &value);
    static bool matchesAny(const QString &value, const QList<Pattern> &patterns);
    // get_cors_origins(): the Access-Control-Allow-Origin values, empty for "no CORS headers".
    QStringList originsToSet(const QString &requestOrigin) const;

    FlaskCorsOptions m_options;
    QList<Pattern> m_origins;
    QList<Pattern> m_allowHeaders;
    bool m_wildcard = false;
    bool m_anyOriginIsRegex = false;
    QString m_methods;
    QByteArray m_exposeHeaders;
    QByteArray m_maxAge;
};

#pragma once

#include "core/policy/TextOrList.h"

#include <optional>

// The options of Flask-CORS (3.0.10, Debian 12's python3-flask-cors) given to CORS(app, ...),
// named and defaulted as in its core.py DEFAULT_OPTIONS. An unset optional is Python's None.
struct FlaskCorsOptions
{
    // Each entry is a pattern exactly when Flask-CORS guesses it is one (isProbablyRegex).
    TextOrList origins = TextOrList::ofText(QStringLiteral("*"));
    TextOrList methods
        = TextOrList::ofList({QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("POST"),
                              QStringLiteral("OPTIONS"), QStringLiteral("PUT"),
                              QStringLiteral("PATCH"), QStringLiteral("DELETE")});
    TextOrList allowHeaders = TextOrList::ofText(QStringLiteral("*"));
    std::optional<TextOrList> exposeHeaders;
    bool supportsCredentials = false;
    std::optional<qint64> maxAge;
    bool sendWildcard = false;
    bool alwaysSend = true;
    bool varyHeader = true;
    // Read only by the @cross_origin decorator; CORS(app) ignores it.
    bool automaticOptions = true;

    // Flask-CORS's probably_regex(): a string holding any of * \ ] ? $ ^ [ ( ) is a pattern.
    static bool isProbablyRegex(const QString &value)
    {
        for (const QChar character : value) {
            if (QStringView(u"*\\]?$^[()").contains(character))
                return true;
        }
        return false;
    }

    friend bool operator==(const FlaskCorsOptions &left, const FlaskCorsOptions &right)
    {
        return left.origins == right.origins && left.methods == right.methods
            && left.allowHeaders == right.allowHeaders && left.exposeHeaders == right.exposeHeaders
            && left.supportsCredentials == right.supportsCredentials && left.maxAge == right.maxAge
            && left.sendWildcard == right.sendWildcard && left.alwaysSend == right.alwaysSend
            && left.varyHeader == right.varyHeader
            && left.automaticOptions == right.automaticOptions;
    }
    friend bool operator!=(const FlaskCorsOptions &left, const FlaskCorsOptions &right)
    {
        return !(left == right);
    }
};

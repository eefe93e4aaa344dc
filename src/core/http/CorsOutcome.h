#pragma once

#include <QString>
#include <QStringList>

// Why the server's CORS layer answered a request as it did: a decision, not words. The server
// threads fill it in; core/log/CorsOutcomeText words it for the log view and `serve`, in the
// reader's language and on the reader's thread.
struct CorsOutcome
{
    enum class Reason {
        NotCorsRequest,
        PreflightAllowed,
        PreflightRefused,
        OriginEchoed,
        OriginWildcard,
        OriginNotAllowed,
        ManualPreflight,
        ManualResponse,
        // Express cors and django-cors-headers answer every preflight without checking it:
        // the browser alone decides.
        PreflightAnswered,
        // Express cors with a fixed origin string: sent whatever origin asked.
        OriginFixed,
        // The library left this request alone: Express cors with origin false, a path
        // outside django-cors-headers' CORS_URLS_REGEX.
        CorsNotApplied,
    };
    // For PreflightRefused: the checks that failed, in Starlette's order (its 400 body names
    // them: "Disallowed CORS origin, method, headers").
    enum RefusedCheck : unsigned {
        RefusedOrigin = 1u << 0,
        RefusedMethod = 1u << 1,
        RefusedHeaders = 1u << 2,
    };

    Reason reason = Reason::NotCorsRequest;
    unsigned refusedChecks = 0;
    // Proxy mode: the upstream that answered the request; empty otherwise.
    QString proxiedTo;

    // Starlette's names of the refused checks, as its 400 body and the log show them: not
    // translated, they are the words on the wire.
    static QStringList refusedCheckNames(unsigned refusedChecks)
    {
        QStringList names;
        if (refusedChecks & RefusedOrigin)
            names.append(QStringLiteral("origin"));
        if (refusedChecks & RefusedMethod)
            names.append(QStringLiteral("method"));
        if (refusedChecks & RefusedHeaders)
            names.append(QStringLiteral("headers"));
        return names;
    }

    bool operator==(const CorsOutcome &other) const
    {
        return reason == other.reason && refusedChecks == other.refusedChecks
            && proxiedTo == other.proxiedTo;
    }
};

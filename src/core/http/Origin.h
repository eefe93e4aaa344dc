#pragma once

#include <QString>

class QUrl;

// A web origin, scheme://host[:port], serialised as browsers send it in the Origin header
// (lower-case scheme and host, IPv6 hosts in brackets, the scheme's default port left out).
// This is the program's only origin parser: the policy validation, the simulator, the origin
// inspector and the commands all go through it. A plain value, safe on any thread.
class Origin
{
public:
    // Why a text is not an origin exactly as a browser would send it.
    enum class Problem {
        None,
        Empty,
        SurroundingSpaces,
        NoScheme,
        TrailingSlash,
        PathQueryOrFragment,
        InvalidUrl,
        UserInfo,
        NoHost,
    };

    Origin() = default;

    // The origin of any URL: its path, query and fragment are not part of it.
    static Origin fromUrl(const QUrl &url);
    // `text` must be scheme://host[:port] and nothing more, as in an Origin header or in
    // Access-Control-Allow-Origin. On failure, `problem` says why and the result is invalid.
    static Origin parse(const QString &text, Problem *problem = nullptr);
    // The part of an origin-like text before its path, query or fragment: what the user meant
    // when they wrote "http://localhost:3000/".
    static QString withoutPath(const QString &text);
    // 80 for http and ws, 443 for https and wss, 21 for ftp, -1 for other schemes.
    static int defaultPort(const QString &scheme);
    // Whether `serializedOrigin` is, character for character, the origin of `url`: how Chromium
    // compares a request's origin with the URL it fetches.
    static bool matchesUrl(const QString &serializedOrigin, const QUrl &url);

    bool isValid() const { return !m_scheme.isEmpty(); }
    QString scheme() const { return m_scheme; }
    QString host() const { return m_host; }
    // The port in effect: the one written, or the scheme's default.
    int port() const { return m_port; }
    // True when no port was written and the scheme's default applies.
    bool portIsImplicit() const { return m_portIsImplicit; }
    QString serialized() const;
    // A secure context's origin, as the Secure Contexts spec says: https or wss, or a host on
    // this machine (localhost, *.localhost, 127.0.0.0/8, [::1]) whatever the scheme. Local
    // Network Access refuses a page that is not one.
    bool isPotentiallyTrustworthy() const;

    // Same scheme, host and port. An invalid origin, like an opaque one, equals nothing.
    bool operator==(const Origin &other) const;
    bool operator!=(const Origin &other) const { return !(*this == other); }

private:
    QString m_scheme;
    QString m_host;
    int m_port = -1;
    bool m_portIsImplicit = true;
};

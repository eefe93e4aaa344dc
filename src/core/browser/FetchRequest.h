#pragma once

#include "core/http/HeaderLines.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QUrl>

// What a page's fetch() call asks for: the composer's request, the `check` command's
// arguments, one scenario of the conformance suite.
struct FetchRequest
{
    enum class Credentials { Omit, SameOrigin, Include };
    enum class Mode { Cors, NoCors };

    // The origin of the page that calls fetch(), e.g. "http://localhost:5173".
    QString pageOrigin;
    QUrl url;
    // As typed in fetch(): the browser normalises it (see FetchRules::normalizeMethod).
    QString method = QStringLiteral("GET");
    HeaderLines headers;
    // A string body; a null array means no body at all.
    QByteArray body;
    // Cookies the browser holds for the target's site, e.g. a login session. The browser adds
    // them as a Cookie line when the credentials mode allows; a page cannot set them itself.
    QByteArray cookies;
    Credentials credentials = Credentials::SameOrigin;
    Mode mode = Mode::Cors;

    static QString credentialsName(Credentials credentials);
    static bool parseCredentials(const QString &name, Credentials *credentials);
    static QString modeName(Mode mode);
    static bool parseMode(const QString &name, Mode *mode);

    friend bool operator==(const FetchRequest &left, const FetchRequest &right)
    {
        return left.pageOrigin == right.pageOrigin && left.url == right.url
            && left.method == right.method && left.headers == right.headers
            && left.body.isNull() == right.body.isNull() && left.body == right.body
            && left.cookies == right.cookies && left.credentials == right.credentials
            && left.mode == right.mode;
    }
    friend bool operator!=(const FetchRequest &left, const FetchRequest &right)
    {
        return !(left == right);
    }
};

Q_DECLARE_METATYPE(FetchRequest)

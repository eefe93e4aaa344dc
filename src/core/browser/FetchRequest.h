#pragma once

#include "core/http/HeaderLines.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

// What a page asks for, with fetch() or another initiator (XMLHttpRequest, @font-face, an
// element): the composer's request, the `check` command's arguments, one scenario of the
// conformance suite. For initiators other than fetch(), mode and credentials are what the page
// wrote (withCredentials, the crossorigin attribute); InitiatorFacts says what Chromium makes
// of them.
struct FetchRequest
{
    enum class Credentials { Omit, SameOrigin, Include };
    enum class Mode { Cors, NoCors };
    // What sends the request. The order is the composer's and `check --initiator`'s.
    enum class Initiator { Fetch, XmlHttpRequest, Font, Image, Script, ModuleScript, Stylesheet };
    // An element's crossorigin attribute.
    enum class CrossOrigin { Absent, Anonymous, UseCredentials };

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
    Initiator initiator = Initiator::Fetch;
    // Elements only (<img>, <script>, <link>).
    CrossOrigin crossOrigin = CrossOrigin::Absent;
    // XMLHttpRequest only: a listener on xhr.upload registered before send().
    bool uploadListener = false;

    static QString credentialsName(Credentials credentials);
    static bool parseCredentials(const QString &name, Credentials *credentials);
    static QString modeName(Mode mode);
    static bool parseMode(const QString &name, Mode *mode);
    // "fetch", "xhr", "font", "image", "script", "module-script", "stylesheet".
    static QString initiatorName(Initiator initiator);
    static bool parseInitiator(const QString &name, Initiator *initiator);
    static QList<Initiator> initiators();
    // <img>, <script> and <link rel=stylesheet>: the initiators with a crossorigin attribute.
    static bool isElement(Initiator initiator);
    // "" for an absent attribute, "anonymous", "use-credentials".
    static QString crossOriginName(CrossOrigin crossOrigin);
    static bool parseCrossOrigin(const QString &name, CrossOrigin *crossOrigin);

    friend bool operator==(const FetchRequest &left, const FetchRequest &right)
    {
        return left.pageOrigin == right.pageOrigin && left.url == right.url
            && left.method == right.method && left.headers == right.headers
            && left.body.isNull() == right.body.isNull() && left.body == right.body
            && left.cookies == right.cookies && left.credentials == right.credentials
            && left.mode == right.mode && left.initiator == right.initiator
            && left.crossOrigin == right.crossOrigin && left.uploadListener == right.uploadListener;
    }
    friend bool operator!=(const FetchRequest &left, const FetchRequest &right)
    {
        return !(left == right);
    }
};

Q_DECLARE_METATYPE(FetchRequest)

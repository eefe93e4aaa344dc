#pragma once

#include "core/browser/AddressSpace.h"
#include "core/http/HeaderLines.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

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
    // What the user answered when Chromium asked for the local-network (or loopback-network)
    // permission. Prompt: they have not answered, so Chromium asks now; headless Chromium, and
    // a user who dismisses the prompt, leave the request refused.
    enum class LocalNetworkPermission { Prompt, Granted, Denied };

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
    // Local Network Access. An unset page space is the one of the page origin's host
    // (AddressSpaces::ofHost). An unset server space is the page's: the playground's server
    // stands in for the user's API, wherever that runs, so nothing is gated unless asked for
    // (`check --url` sets the space of the live server's real address).
    std::optional<AddressSpace> pageAddressSpace;
    std::optional<AddressSpace> serverAddressSpace;
    // fetch()'s targetAddressSpace option.
    std::optional<AddressSpace> targetAddressSpace;
    LocalNetworkPermission localNetworkPermission = LocalNetworkPermission::Prompt;

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
    // "prompt", "granted", "denied".
    static QString permissionName(LocalNetworkPermission permission);
    static bool parsePermission(const QString &name, LocalNetworkPermission *permission);
    static QList<LocalNetworkPermission> permissions();
    // The spaces in effect: the ones set, else the defaults above.
    AddressSpace effectivePageAddressSpace() const;
    AddressSpace effectiveServerAddressSpace() const;

    friend bool operator==(const FetchRequest &left, const FetchRequest &right)
    {
        return left.pageOrigin == right.pageOrigin && left.url == right.url
            && left.method == right.method && left.headers == right.headers
            && left.body.isNull() == right.body.isNull() && left.body == right.body
            && left.cookies == right.cookies && left.credentials == right.credentials
            && left.mode == right.mode && left.initiator == right.initiator
            && left.crossOrigin == right.crossOrigin && left.uploadListener == right.uploadListener
            && left.pageAddressSpace == right.pageAddressSpace
            && left.serverAddressSpace == right.serverAddressSpace
            && left.targetAddressSpace == right.targetAddressSpace
            && left.localNetworkPermission == right.localNetworkPermission;
    }
    friend bool operator!=(const FetchRequest &left, const FetchRequest &right)
    {
        return !(left == right);
    }
};

Q_DECLARE_METATYPE(FetchRequest)

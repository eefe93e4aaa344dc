#include "core/classroom/ScenarioLibrary.h"

#include <QCoreApplication>

// lupdate cannot read JSON: the scenario titles and lessons are repeated here so they reach the
// translators. tst_scenariolibrary fails when a scenario file has text missing from this list.
QStringList ScenarioLibrary::translatableTexts()
{
    static const char *const texts[] = {
        QT_TRANSLATE_NOOP("Scenario", "Missing Access-Control-Allow-Origin"),
        QT_TRANSLATE_NOOP(
            "Scenario",
            "The server answers, but without Access-Control-Allow-Origin the browser keeps the "
            "response from the page. The request still reached the server: CORS protects the "
            "reader, not the server. Fix: list the page's origin in allow_origins."),
        QT_TRANSLATE_NOOP("Scenario", "Wildcard origin with credentials"),
        QT_TRANSLATE_NOOP(
            "Scenario",
            "With credentials: 'include' the browser never accepts Access-Control-Allow-Origin: *, "
            "even with Access-Control-Allow-Credentials: true. Starlette answers * unless the "
            "request carries a cookie. Fix: list the exact origin instead of *."),
        QT_TRANSLATE_NOOP("Scenario", "Preflight answered with 401"),
        QT_TRANSLATE_NOOP(
            "Scenario",
            "An authentication check ran before CORS and answered the OPTIONS preflight with 401. "
            "Browsers never send credentials on a preflight, so it must succeed on its own. Fix: "
            "answer OPTIONS with 2xx before any authentication."),
        QT_TRANSLATE_NOOP("Scenario", "Custom header X-API-Key not allowed"),
        QT_TRANSLATE_NOOP("Scenario",
                          "X-API-Key is not a CORS-safelisted header, so the browser asks first "
                          "with a preflight, and Access-Control-Allow-Headers must list it. Fix: "
                          "add X-API-Key to allow_headers."),
        QT_TRANSLATE_NOOP("Scenario", "Origin with a trailing slash"),
        QT_TRANSLATE_NOOP("Scenario",
                          "Browsers send the origin without a path, so \"http://localhost:3000/\" "
                          "never equals \"http://localhost:3000\": Access-Control-Allow-Origin is "
                          "compared as text. Fix: drop the slash."),
        QT_TRANSLATE_NOOP("Scenario", "Origin in the wrong case"),
        QT_TRANSLATE_NOOP(
            "Scenario",
            "Access-Control-Allow-Origin is compared byte for byte, and browsers send the host in "
            "lower case. Fix: write the origin exactly as the browser sends it."),
        QT_TRANSLATE_NOOP("Scenario", "Credentials without Access-Control-Allow-Credentials"),
        QT_TRANSLATE_NOOP("Scenario",
                          "The origin is allowed, but the request includes credentials and the "
                          "response does not say Access-Control-Allow-Credentials: true. Fix: turn "
                          "on allow_credentials (with an explicit origin list)."),
        QT_TRANSLATE_NOOP("Scenario", "Method DELETE not allowed"),
        QT_TRANSLATE_NOOP(
            "Scenario",
            "DELETE is not GET, HEAD or POST, so it needs a preflight, and the preflight's "
            "Access-Control-Allow-Methods must list it. Fix: add DELETE to allow_methods."),
        QT_TRANSLATE_NOOP("Scenario", "A proxy forwards without CORS headers"),
        QT_TRANSLATE_NOOP("Scenario",
                          "The API behind it sends CORS headers, but a reverse proxy in front "
                          "forwards the body and drops them, so the browser sees none. Fix: let "
                          "the proxy pass the headers through, or add them there."),
        QT_TRANSLATE_NOOP("Scenario", "Simple GET with a wildcard"),
        QT_TRANSLATE_NOOP("Scenario",
                          "A GET with no custom headers is a simple request: no preflight, and "
                          "Access-Control-Allow-Origin: * lets any page read it, as long as no "
                          "credentials are sent."),
        QT_TRANSLATE_NOOP("Scenario", "A preflighted PUT that passes"),
        QT_TRANSLATE_NOOP(
            "Scenario",
            "PUT needs a preflight. The server allows the origin and the method, so the browser "
            "sends the PUT right after, and caches the preflight for max_age seconds."),
        QT_TRANSLATE_NOOP("Scenario", "A response header JavaScript can read"),
        QT_TRANSLATE_NOOP("Scenario",
                          "JavaScript may read only a few response headers unless the server lists "
                          "more in Access-Control-Expose-Headers. Here X-Request-ID is listed and "
                          "readable; X-Internal is not."),
        QT_TRANSLATE_NOOP("Scenario", "Two Access-Control-Allow-Origin lines"),
        QT_TRANSLATE_NOOP(
            "Scenario",
            "Two layers (say the app and a proxy) each added Access-Control-Allow-Origin. The "
            "browser combines them into one value with two origins and refuses it. Fix: add the "
            "header in one place only."),
        QT_TRANSLATE_NOOP("Scenario", "JSON POST against Starlette's defaults"),
        QT_TRANSLATE_NOOP("Scenario",
                          "Content-Type: application/json is not safelisted, so even a POST needs "
                          "a preflight; Starlette's default allow_methods is only GET, so it "
                          "answers the preflight with 400. Fix: add POST to allow_methods."),
    };
    QStringList result;
    for (const char *text : texts)
        result.append(QString::fromUtf8(text));
    return result;
}

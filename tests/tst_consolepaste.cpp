#include "core/browser/CorsMessages.h"
#include "core/diagnose/ConsolePaste.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString apiUrl = u"http://127.0.0.1:8000/api/data"_s;

QString missingAllowOrigin(const QString &word)
{
    return u"Access to %1 at '%2' from origin 'http://localhost:3000' has been blocked by CORS "
           u"policy: No 'Access-Control-Allow-Origin' header is present on the requested "
           u"resource."_s.arg(word, apiUrl);
}

} // namespace

// What a developer pastes from a console, noise and all, read back to the errors in it.
class TestConsolePaste : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void devToolsNoiseAroundOneMessage()
    {
        const QList<ConsoleError> errors = ConsolePaste::read(
            u"index.html:1 "_s + missingAllowOrigin(u"fetch"_s)
            + u"\napp.js:12 \n    GET http://127.0.0.1:8000/api/data net::ERR_FAILED 200 (OK)\n"
              u"(index):14 Uncaught (in promise) TypeError: Failed to fetch\n"
              u"    at load (app.js:12:3)\n"_s);
        QCOMPARE(errors.size(), 1);
        const ConsoleError &error = errors.first();
        QCOMPARE(error.browser, ConsoleError::Browser::Chromium);
        QCOMPARE(error.initiator, FetchRequest::Initiator::Fetch);
        QCOMPARE(error.url, QUrl(apiUrl));
        QCOMPARE(error.origin, u"http://localhost:3000"_s);
        QCOMPARE(error.failure->kind, CorsErrorKind::MissingAllowOriginHeader);
        QCOMPARE(error.status, 200);
        QVERIFY(error.hiddenCause.isEmpty());
        QCOMPARE(error.message, missingAllowOrigin(u"fetch"_s));
    }

    void everyInitiatorsWord_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<FetchRequest::Initiator>("initiator");
        QTest::newRow("fetch") << u"fetch"_s << FetchRequest::Initiator::Fetch;
        QTest::newRow("xhr") << u"XMLHttpRequest"_s << FetchRequest::Initiator::XmlHttpRequest;
        QTest::newRow("font") << u"font"_s << FetchRequest::Initiator::Font;
        QTest::newRow("image") << u"image"_s << FetchRequest::Initiator::Image;
        QTest::newRow("script") << u"script"_s << FetchRequest::Initiator::Script;
        QTest::newRow("stylesheet") << u"CSS stylesheet"_s << FetchRequest::Initiator::Stylesheet;
    }

    void everyInitiatorsWord()
    {
        QFETCH(QString, word);
        QFETCH(FetchRequest::Initiator, initiator);
        const QList<ConsoleError> errors = ConsolePaste::read(missingAllowOrigin(word));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().initiator, initiator);
    }

    void wrappedLinesAndSeveralErrors()
    {
        // Re-wrapped as a chat or a terminal does, and two errors in one paste.
        const QString paste
            = u"Access to XMLHttpRequest at 'http://127.0.0.1:8000/api/items' from origin\n"
              u"'http://localhost:5173' has been blocked by CORS policy: Response to preflight\n"
              u"request doesn't pass access control check: It does not have HTTP ok status.\n"
              u"localhost/:1 Access to font at 'http://cdn.example.test/f.woff2' (redirected from "
              u"'http://cdn.example.test/f') from origin 'http://localhost:5173' has been "
              u"blocked by CORS policy: The 'Access-Control-Allow-Origin' header has a value "
              u"'http://localhost:3000' that is not equal to the supplied origin.\n"
              u"Failed to load resource: net::ERR_FAILED\n"_s;
        const QList<ConsoleError> errors = ConsolePaste::read(paste);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).initiator, FetchRequest::Initiator::XmlHttpRequest);
        QCOMPARE(errors.at(0).failure->kind, CorsErrorKind::PreflightInvalidStatus);
        QCOMPARE(errors.at(0).origin, u"http://localhost:5173"_s);
        QCOMPARE(errors.at(1).initiator, FetchRequest::Initiator::Font);
        QCOMPARE(errors.at(1).failure->kind, CorsErrorKind::AllowOriginMismatch);
        QCOMPARE(errors.at(1).failure->detail, u"http://localhost:3000"_s);
        QCOMPARE(errors.at(1).url, QUrl(u"http://cdn.example.test/f.woff2"_s));
        QCOMPARE(errors.at(1).redirectedFrom, QUrl(u"http://cdn.example.test/f"_s));
    }

    void detailsAreRead()
    {
        const QList<ConsoleError> errors = ConsolePaste::read(
            u"Access to fetch at 'http://127.0.0.1:8000/api/data' from origin "
            u"'http://localhost:3000' has been blocked by CORS policy: Request header field "
            u"x-api-key is not allowed by Access-Control-Allow-Headers in preflight response.\n"
            u"Access to fetch at 'http://127.0.0.1:8000/api/data' from origin "
            u"'http://localhost:3000' has been blocked by CORS policy: Method DELETE is not "
            u"allowed by Access-Control-Allow-Methods in preflight response."_s);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).failure->kind, CorsErrorKind::HeaderDisallowedByPreflightResponse);
        QCOMPARE(errors.at(0).failure->detail, u"x-api-key"_s);
        QCOMPARE(errors.at(1).failure->kind, CorsErrorKind::MethodDisallowedByPreflightResponse);
        QCOMPARE(errors.at(1).failure->detail, u"DELETE"_s);
    }

    void firefoxWithAndWithoutItsStatusCode()
    {
        const QList<ConsoleError> errors = ConsolePaste::read(
            u"Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote "
            u"resource at http://127.0.0.1:8000/api/data. (Reason: CORS header "
            u"\u2018Access-Control-Allow-Origin\u2019 missing). Status code: 200. [Learn More]\n"
            u"Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote "
            u"resource at http://127.0.0.1:8000/api/data. (Reason: CORS preflight response did "
            u"not succeed).\n"
            u"Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote "
            u"resource at http://127.0.0.1:9/down. (Reason: CORS request did not "
            u"succeed). Status code: (null)."_s);
        QCOMPARE(errors.size(), 3);
        QCOMPARE(errors.at(0).browser, ConsoleError::Browser::Firefox);
        QCOMPARE(errors.at(0).failure->kind, CorsErrorKind::MissingAllowOriginHeader);
        QCOMPARE(errors.at(0).status, 200);
        QVERIFY(errors.at(0).origin.isEmpty());
        QCOMPARE(errors.at(1).failure->kind, CorsErrorKind::PreflightInvalidStatus);
        QCOMPARE(errors.at(1).status, 0);
        QCOMPARE(errors.at(2).failure->kind, CorsErrorKind::NetworkError);
    }

    void linesThatHideTheCause()
    {
        QList<ConsoleError> errors = ConsolePaste::read(
            u"AxiosError: Network Error\n    at XMLHttpRequest.handleError (axios.js:1:1)"_s);
        QCOMPARE(errors.size(), 1);
        QVERIFY(!errors.first().failure);
        QCOMPARE(errors.first().hiddenCause, u"AxiosError: Network Error"_s);
        QCOMPARE(errors.first().initiator, FetchRequest::Initiator::XmlHttpRequest);
        errors = ConsolePaste::read(u"Uncaught (in promise) TypeError: Failed to fetch"_s);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().hiddenCause, u"TypeError: Failed to fetch"_s);
    }

    void textWithoutACorsErrorGivesNothing_data()
    {
        QTest::addColumn<QString>("paste");
        QTest::newRow("empty") << QString();
        QTest::newRow("garbage") << u"asdf 1234 ;; \u00e9\u00e8 Access to"_s;
        QTest::newRow("another JavaScript error")
            << u"app.js:3 Uncaught TypeError: Cannot read properties of undefined (reading "
               u"'map')\n    at render (app.js:3:10)"_s;
    }

    void aReasonNoCheckHasIsStillACorsError()
    {
        // With "Failed to fetch" beside it: the CORS message is what the paste says, not the
        // line that hides the cause.
        const QList<ConsoleError> errors = ConsolePaste::read(
            u"Access to fetch at 'http://a.test/' from origin 'http://b.test' has been blocked "
            u"by CORS policy: the moon is full.\nUncaught (in promise) TypeError: Failed to "
            u"fetch"_s);
        QCOMPARE(errors.size(), 1);
        QVERIFY(!errors.first().failure);
        QVERIFY(errors.first().hiddenCause.isEmpty());
        QCOMPARE(errors.first().unknownReason, u"the moon is full."_s);
        QCOMPARE(errors.first().origin, u"http://b.test"_s);
    }

    void olderWordingsAreRead()
    {
        // Chromium before 156 ended fetch()'s message with a sentence about no-cors.
        const QList<ConsoleError> errors = ConsolePaste::read(
            u"Access to fetch at 'http://a.test/' from origin 'http://b.test' has been blocked "
            u"by CORS policy: The 'Access-Control-Allow-Origin' header has a value "
            u"'http://c.test' that is not equal to the supplied origin. Have the server send "
            u"the header with a valid value, or, if an opaque response serves your needs, set "
            u"the request's mode to 'no-cors' to fetch the resource with CORS disabled."_s);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().failure->kind, CorsErrorKind::AllowOriginMismatch);
        QCOMPARE(errors.first().failure->detail, u"http://c.test"_s);
    }

    void moreNoise()
    {
        // A timestamp, Chromium's own stack frames, an answered status, and a wrap before
        // "at".
        const QList<ConsoleError> errors = ConsolePaste::read(
            u"12:03:44.120 index.html:1 Access to fetch\nat 'http://a.test/x' from origin "
            u"'http://b.test' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' "
            u"header is present on the requested resource.\nload @ api.js:12\n(anonymous) @ "
            u"api.js:20\nShow 3 more frames\n12:03:44.125 api.js:12 GET http://a.test/x "
            u"net::ERR_FAILED 500 (Internal Server Error)\nthanks for any help!"_s);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().failure->kind, CorsErrorKind::MissingAllowOriginHeader);
        QCOMPARE(errors.first().status, 500);
        QVERIFY2(errors.first().message.endsWith(u"on the requested resource."_s),
                 qPrintable(errors.first().message));
    }

    void firefoxsFollowUpLineAddsNothing()
    {
        const QList<ConsoleError> errors = ConsolePaste::read(
            u"Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote "
            u"resource at http://a.test/x. (Reason: CORS preflight response did not succeed). "
            u"Status code: 405.\nCross-Origin Request Blocked: The Same Origin Policy "
            u"disallows reading the remote resource at http://a.test/x. (Reason: CORS request "
            u"did not succeed). Status code: (null)."_s);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().failure->kind, CorsErrorKind::PreflightInvalidStatus);
        QCOMPARE(errors.first().status, 405);
    }

    void controlCharactersAreLeftOut()
    {
        // Found by the fuzzer: a NUL inside a quoted value would end a header line of the
        // reproduction.
        const QList<ConsoleError> errors = ConsolePaste::read(
            u"Access to fetch at 'http://a.test/' from origin 'http://b.test' has been blocked "
            u"by CORS policy: The 'Access-Control-Allow-Origin' header has a value "
            u"'http://c\u0000\u0003.test' that is not equal to the supplied origin."_s);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().failure->detail, u"http://c.test"_s);
    }

    void theCauseBesideFailedToFetchIsKept()
    {
        const QList<ConsoleError> errors = ConsolePaste::read(
            u"GET http://127.0.0.1:9/api net::ERR_CONNECTION_REFUSED\nUncaught (in promise) "
            u"TypeError: Failed to fetch"_s);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().failure->kind, CorsErrorKind::NetworkError);
        QCOMPARE(errors.first().failure->detail, u"net::ERR_CONNECTION_REFUSED"_s);
    }

    void textWithoutACorsErrorGivesNothing()
    {
        QFETCH(QString, paste);
        QVERIFY(ConsolePaste::read(paste).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConsolePaste)
#include "tst_consolepaste.moc"

#include "core/browser/CorsExplanation.h"
#include "core/browser/CorsMessages.h"

#include <QMetaEnum>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QUrl url(u"http://127.0.0.1:8000/api/data"_s);
const QString origin = u"http://localhost:5173"_s;
const QString prefix = u"Access to fetch at 'http://127.0.0.1:8000/api/data' from origin "
                       u"'http://localhost:5173' has been blocked by CORS policy: "_s;
} // namespace

class TestCorsMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chromiumMessages_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing")
            << int(CorsErrorKind::MissingAllowOriginHeader) << QString()
            << u"No 'Access-Control-Allow-Origin' header is present on the requested resource."_s;
        QTest::newRow("preflight missing")
            << int(CorsErrorKind::PreflightMissingAllowOriginHeader) << QString()
            << u"Response to preflight request doesn't pass access control check: No "
               u"'Access-Control-Allow-Origin' header is present on the requested resource."_s;
        QTest::newRow("mismatch")
            << int(CorsErrorKind::AllowOriginMismatch) << u"http://localhost:5173/"_s
            << u"The 'Access-Control-Allow-Origin' header has a value 'http://localhost:5173/' "
               u"that "
               u"is not equal to the supplied origin. Have the server send the header with a valid value."_s;
        QTest::newRow("method")
            << int(CorsErrorKind::MethodDisallowedByPreflightResponse) << u"PUT"_s
            << u"Method PUT is not allowed by Access-Control-Allow-Methods in preflight response."_s;
        QTest::newRow("status")
            << int(CorsErrorKind::PreflightInvalidStatus) << u"500"_s
            << u"Response to preflight request doesn't pass access control check: It does not have HTTP ok status."_s;
    }

    void chromiumMessages()
    {
        QFETCH(int, kind);
        QFETCH(QString, detail);
        QFETCH(QString, reason);
        const CorsFailure failure{CorsErrorKind(kind), detail};
        QCOMPARE(CorsMessages::chromiumMessage(failure, url, origin), prefix + reason);
    }

    void eachInitiatorHasChromiumsWord_data()
    {
        QTest::addColumn<int>("initiator");
        QTest::addColumn<QString>("word");
        QTest::newRow("fetch") << int(FetchRequest::Initiator::Fetch) << u"fetch"_s;
        QTest::newRow("xhr") << int(FetchRequest::Initiator::XmlHttpRequest) << u"XMLHttpRequest"_s;
        QTest::newRow("font") << int(FetchRequest::Initiator::Font) << u"font"_s;
        QTest::newRow("image") << int(FetchRequest::Initiator::Image) << u"image"_s;
        QTest::newRow("script") << int(FetchRequest::Initiator::Script) << u"script"_s;
        QTest::newRow("module") << int(FetchRequest::Initiator::ModuleScript) << u"script"_s;
        QTest::newRow("stylesheet")
            << int(FetchRequest::Initiator::Stylesheet) << u"CSS stylesheet"_s;
    }

    void eachInitiatorHasChromiumsWord()
    {
        QFETCH(int, initiator);
        QFETCH(QString, word);
        const QString message
            = CorsMessages::chromiumMessage({CorsErrorKind::MissingAllowOriginHeader, {}}, url,
                                            origin, QUrl(), FetchRequest::Initiator(initiator));
        QCOMPARE(message.left(message.indexOf(u" at '"_s)), u"Access to "_s + word);
    }

    void onlyFetchGetsTheValidValueHint()
    {
        const CorsFailure mismatch{CorsErrorKind::AllowOriginMismatch, u"http://a.test"_s};
        const QString hint = u" Have the server send the header with a valid value."_s;
        QVERIFY(CorsMessages::chromiumReason(mismatch).endsWith(hint));
        for (const FetchRequest::Initiator initiator : FetchRequest::initiators()) {
            if (initiator != FetchRequest::Initiator::Fetch)
                QVERIFY2(!CorsMessages::chromiumReason(mismatch, initiator).endsWith(hint),
                         qPrintable(FetchRequest::initiatorName(initiator)));
        }
    }

    void xmlHttpRequestNamesWithCredentialsForCredentialFailures()
    {
        const QString sentence
            = u" The credentials mode of requests initiated by the "
              u"XMLHttpRequest is controlled by the withCredentials attribute."_s;
        const auto reason = [](CorsErrorKind kind, FetchRequest::Initiator initiator) {
            return CorsMessages::chromiumReason({kind, u"x"_s}, initiator);
        };
        for (const CorsErrorKind kind : {CorsErrorKind::WildcardOriginNotAllowed,
                                         CorsErrorKind::PreflightWildcardOriginNotAllowed,
                                         CorsErrorKind::InvalidAllowCredentials,
                                         CorsErrorKind::PreflightInvalidAllowCredentials}) {
            QVERIFY(reason(kind, FetchRequest::Initiator::XmlHttpRequest).endsWith(sentence));
            QVERIFY(!reason(kind, FetchRequest::Initiator::Fetch).contains(sentence));
            QVERIFY(!reason(kind, FetchRequest::Initiator::Image).contains(sentence));
        }
        QVERIFY(!reason(CorsErrorKind::MissingAllowOriginHeader,
                        FetchRequest::Initiator::XmlHttpRequest)
                     .contains(sentence));
    }

    void xmlHttpRequestOpenThrowsASecurityError()
    {
        const QString message = CorsMessages::chromiumMessage(
            {CorsErrorKind::TypeError,
             u"Failed to execute 'open' on 'XMLHttpRequest': 'TRACE' "
             u"HTTP method is unsupported."_s},
            url, origin, QUrl(), FetchRequest::Initiator::XmlHttpRequest);
        QVERIFY(message.startsWith(u"SecurityError: Failed to execute 'open'"_s));
    }

    void redirectedFromIsNamed()
    {
        const QString message = CorsMessages::chromiumMessage(
            {CorsErrorKind::MissingAllowOriginHeader, {}}, QUrl(u"http://127.0.0.1:8000/b"_s),
            origin, QUrl(u"http://127.0.0.1:8000/a"_s));
        QVERIFY(message.startsWith(u"Access to fetch at 'http://127.0.0.1:8000/b' (redirected from "
                                   u"'http://127.0.0.1:8000/a') from origin"_s));
    }

    void firefoxMessages()
    {
        QCOMPARE(
            CorsMessages::firefoxMessage({CorsErrorKind::MissingAllowOriginHeader, {}}, url, 200),
            u"Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote "
            u"resource at http://127.0.0.1:8000/api/data. (Reason: CORS header "
            u"\u2018Access-Control-Allow-Origin\u2019 missing). Status code: 200."_s);
        QVERIFY(
            CorsMessages::firefoxMessage(
                {CorsErrorKind::HeaderDisallowedByPreflightResponse, u"x-api-key"_s}, url, 204)
                .endsWith(
                    u"(Reason: header \u2018x-api-key\u2019 is not allowed according to header "
                    u"\u2018Access-Control-Allow-Headers\u2019 from CORS preflight response)."_s));
    }

    void kindNamesAreChromiumsEnumerators()
    {
        QCOMPARE(CorsMessages::kindName(CorsErrorKind::AllowOriginMismatch),
                 u"AllowOriginMismatch"_s);
        QCOMPARE(CorsMessages::kindName(CorsErrorKind::NetworkError), u"NetworkError"_s);
        QCOMPARE(CorsMessages::kindName(CorsErrorKind::RedirectContainsCredentials),
                 u"RedirectContainsCredentials"_s);
        // Every kind has a name of its own, so JSON and scenarios can tell them apart.
        const QMetaEnum kinds = QMetaEnum::fromType<CorsErrorKind>();
        QCOMPARE(kinds.keyCount(), static_cast<int>(CorsErrorKind::NetworkError) + 1);
        QSet<QString> names;
        for (int index = 0; index < kinds.keyCount(); ++index)
            names.insert(CorsMessages::kindName(static_cast<CorsErrorKind>(kinds.value(index))));
        QCOMPARE(names.size(), kinds.keyCount());
    }

    void allowedVerdictsSayWhyAndWhatIsReadable()
    {
        CorsExplanation::AllowedContext context;
        context.origin = origin;
        context.preflighted = true;
        context.preflightReason = u"the method PUT is not GET, HEAD or POST"_s;
        context.exposedHeaders = {"content-type", "x-request-id"};
        const QString text = CorsExplanation::explainAllowed(context);
        QVERIFY(text.startsWith(u"Allowed: Access-Control-Allow-Origin allows "_s + origin));
        QVERIFY(text.contains(u"A preflight was needed (the method PUT"_s));
        QVERIFY(text.endsWith(u"content-type, x-request-id."_s));
        context.preflightFromCache = true;
        QVERIFY(CorsExplanation::explainAllowed(context).contains(u"preflight cache"_s));
        context.credentialsIncluded = true;
        QVERIFY(CorsExplanation::explainAllowed(context).contains(u"Allow-Credentials is true"_s));
        context.responseType = SimulationResult::ResponseType::Opaque;
        QVERIFY(CorsExplanation::explainAllowed(context).startsWith(u"no-cors mode"_s));
        context.responseType = SimulationResult::ResponseType::Basic;
        QVERIFY(CorsExplanation::explainAllowed(context).startsWith(u"Same origin: the page "_s
                                                                    + origin));
    }

    void explanationsNameTheFix()
    {
        const CorsExplanation::Context context{origin, "PUT", false, 200};
        const QString slash = CorsExplanation::explain(
            {CorsErrorKind::AllowOriginMismatch, origin + u'/'}, context);
        QVERIFY(slash.contains(u"trailing slash"));
        QVERIFY(slash.contains(u"Access-Control-Allow-Origin: http://localhost:5173"));
        const QString wildcard
            = CorsExplanation::explain({CorsErrorKind::WildcardOriginNotAllowed, {}}, context);
        QVERIFY(wildcard.contains(u"Access-Control-Allow-Credentials: true"));
        const QString method = CorsExplanation::explain(
            {CorsErrorKind::MethodDisallowedByPreflightResponse, u"patch"_s}, context);
        QVERIFY(method.contains(u"allow_methods"));
        QVERIFY(method.contains(u"lower case"));
    }
};

QTEST_GUILESS_MAIN(TestCorsMessages)
#include "tst_corsmessages.moc"

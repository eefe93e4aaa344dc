#include "gui/RequestComposer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestRequestComposer : public QObject
{
    Q_OBJECT

private:
    static QString preview(RequestComposer &composer)
    {
        return composer.findChild<QLabel *>(u"previewLabel"_s)->text();
    }

private Q_SLOTS:
    void targetPathGoesToTheServer()
    {
        RequestComposer composer;
        composer.setServerUrl(QUrl(u"http://127.0.0.1:8000"_s));
        const FetchRequest request = composer.request();
        QCOMPARE(request.url, QUrl(u"http://127.0.0.1:8000/api/data"_s));
        QCOMPARE(request.pageOrigin, u"http://localhost:3000"_s);
        QCOMPARE(request.credentials, FetchRequest::Credentials::SameOrigin);
    }

    void previewSaysSimpleOrPreflightedAndWhy()
    {
        RequestComposer composer;
        composer.setServerUrl(QUrl(u"http://127.0.0.1:8000"_s));
        QCOMPARE(preview(composer), u"Simple request: sent at once, no preflight."_s);
        auto *method = composer.findChild<QComboBox *>(u"methodCombo"_s);
        method->setCurrentText(u"PUT"_s);
        QVERIFY(preview(composer).startsWith(
            u"Preflighted: an OPTIONS request goes first, because the method PUT"));
        FetchRequest request = composer.request();
        request.method = u"GET"_s;
        request.headers = {{"Content-Type", "application/json"}};
        composer.setRequest(request);
        QVERIFY2(preview(composer).contains(u"Content-Type \"application/json\" is not one of"),
                 qPrintable(preview(composer)));
        request.pageOrigin = u"http://127.0.0.1:8000"_s;
        composer.setRequest(request);
        QCOMPARE(preview(composer), u"Same origin: no CORS at all."_s);
    }

    void badOriginBlocksSendingWithAReason()
    {
        RequestComposer composer;
        composer.setServerUrl(QUrl(u"http://127.0.0.1:8000"_s));
        auto *origin = composer.findChild<QComboBox *>(u"originCombo"_s);
        origin->setCurrentText(u"http://localhost:3000/"_s);
        QVERIFY(!composer.findChild<QPushButton *>(u"sendButton"_s)->isEnabled());
        QVERIFY(preview(composer).contains(u"ends with a slash"));
        QSignalSpy sent(&composer, &RequestComposer::sendRequested);
        composer.send();
        QCOMPARE(sent.size(), 0);
    }

    void controlEnterSendsAndRemembersTheOrigin()
    {
        RequestComposer composer;
        composer.setServerUrl(QUrl(u"http://127.0.0.1:8000"_s));
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        auto *origin = composer.findChild<QComboBox *>(u"originCombo"_s);
        origin->setCurrentText(u"http://localhost:4200"_s);
        QSignalSpy sent(&composer, &RequestComposer::sendRequested);
        QTest::keyClick(composer.findChild<QLineEdit *>(u"targetEdit"_s), Qt::Key_Return,
                        Qt::ControlModifier);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().first().value<FetchRequest>().pageOrigin, u"http://localhost:4200"_s);
        QCOMPARE(composer.recentOrigins().first(), u"http://localhost:4200"_s);
    }

    void tickingBodySendsWhatIsTypedNotTheExample()
    {
        RequestComposer composer;
        composer.setServerUrl(QUrl(u"http://127.0.0.1:8000"_s));
        auto *body = composer.findChild<QPlainTextEdit *>(u"bodyEdit"_s);
        // The example is a placeholder, never text that would be sent.
        QVERIFY(body->toPlainText().isEmpty());
        QVERIFY(body->placeholderText().contains(u"hello"));
        composer.findChild<QCheckBox *>(u"bodyCheck"_s)->setChecked(true);
        QVERIFY(body->isEnabled());
        QVERIFY(body->toPlainText().isEmpty());
        const FetchRequest request = composer.request();
        QVERIFY(!request.body.isNull());
        QVERIFY(request.body.isEmpty());
    }

    void sentByChoosesTheInitiatorAndItsFields()
    {
        RequestComposer composer;
        composer.setServerUrl(QUrl(u"http://127.0.0.1:8000"_s));
        auto *initiator = composer.findChild<QComboBox *>(u"initiatorCombo"_s);
        auto *crossOrigin = composer.findChild<QComboBox *>(u"crossOriginCombo"_s);
        auto *upload = composer.findChild<QCheckBox *>(u"uploadListenerCheck"_s);
        auto *method = composer.findChild<QComboBox *>(u"methodCombo"_s);
        auto *mode = composer.findChild<QComboBox *>(u"requestModeCombo"_s);
        QVERIFY(initiator && crossOrigin && upload);
        QCOMPARE(composer.request().initiator, FetchRequest::Initiator::Fetch);
        QVERIFY(!crossOrigin->isEnabled());
        QVERIFY(!upload->isEnabled());

        // Typed as a user picks it: the image without crossorigin is a no-cors load.
        initiator->setFocus();
        QTest::keyClicks(initiator, u"<img>"_s);
        QCOMPARE(composer.request().initiator, FetchRequest::Initiator::Image);
        QVERIFY(crossOrigin->isEnabled());
        QVERIFY(!method->isEnabled());
        QVERIFY(!mode->isEnabled());
        QVERIFY2(preview(composer).contains(u"opaque"), qPrintable(preview(composer)));
        crossOrigin->setCurrentIndex(1);
        QCOMPARE(composer.request().crossOrigin, FetchRequest::CrossOrigin::Anonymous);
        QCOMPARE(preview(composer), u"Simple request: sent at once, no preflight."_s);

        // XMLHttpRequest: an upload listener with a body makes a POST preflighted.
        initiator->setCurrentIndex(1);
        QVERIFY(upload->isEnabled());
        QVERIFY(!crossOrigin->isEnabled());
        QVERIFY(method->isEnabled());
        method->setCurrentText(u"POST"_s);
        composer.findChild<QCheckBox *>(u"bodyCheck"_s)->setChecked(true);
        QCOMPARE(preview(composer), u"Simple request: sent at once, no preflight."_s);
        QTest::mouseClick(upload, Qt::LeftButton);
        QVERIFY(composer.request().uploadListener);
        QVERIFY2(preview(composer).contains(u"upload listener"), qPrintable(preview(composer)));
    }

    void setRequestShowsTheInitiator()
    {
        RequestComposer composer;
        composer.setServerUrl(QUrl(u"http://127.0.0.1:8000"_s));
        FetchRequest request = composer.request();
        request.initiator = FetchRequest::Initiator::Stylesheet;
        request.crossOrigin = FetchRequest::CrossOrigin::UseCredentials;
        composer.setRequest(request);
        QCOMPARE(composer.request(), request);
        QCOMPARE(composer.findChild<QComboBox *>(u"initiatorCombo"_s)->currentText(),
                 u"<link rel=stylesheet>"_s);
    }

    void localNetworkFieldsGoIntoTheRequest()
    {
        RequestComposer composer;
        composer.setServerUrl(QUrl(u"http://127.0.0.1:8000"_s));
        // Unset by default: the server is where the page is, so nothing is asked.
        QVERIFY(!composer.request().pageAddressSpace);
        QVERIFY(!composer.request().serverAddressSpace);
        QVERIFY(!preview(composer).contains(u"Local Network Access"));

        auto *page = composer.findChild<QComboBox *>(u"pageAddressSpaceCombo"_s);
        auto *server = composer.findChild<QComboBox *>(u"serverAddressSpaceCombo"_s);
        auto *permission = composer.findChild<QComboBox *>(u"localNetworkPermissionCombo"_s);
        auto *target = composer.findChild<QComboBox *>(u"targetAddressSpaceCombo"_s);
        QVERIFY(page && server && permission && target);
        composer.findChild<QComboBox *>(u"originCombo"_s)
            ->setCurrentText(u"https://app.example.com"_s);
        server->setFocus();
        // The last item, chosen as a keyboard user does.
        QTest::keyClick(server, Qt::Key_End);
        QCOMPARE(composer.request().serverAddressSpace, AddressSpace::Loopback);
        QVERIFY2(preview(composer).contains(u"page public → server loopback"),
                 qPrintable(preview(composer)));
        permission->setCurrentIndex(1);
        QCOMPARE(composer.request().localNetworkPermission,
                 FetchRequest::LocalNetworkPermission::Granted);
        // The preview says what is needed, never the verdict (predict mode keeps that).
        QVERIFY2(preview(composer).contains(u"needs the loopback-network permission"),
                 qPrintable(preview(composer)));
        QVERIFY(!preview(composer).contains(u"refused"));
        target->setCurrentIndex(2);
        QCOMPARE(composer.request().targetAddressSpace, AddressSpace::Local);
        page->setCurrentIndex(3);
        QCOMPARE(composer.request().pageAddressSpace, AddressSpace::Loopback);

        // Round trip, and targetAddressSpace belongs to fetch() alone.
        const FetchRequest request = composer.request();
        RequestComposer other;
        other.setServerUrl(QUrl(u"http://127.0.0.1:8000"_s));
        other.setRequest(request);
        QCOMPARE(other.request(), request);
        composer.findChild<QComboBox *>(u"initiatorCombo"_s)->setCurrentIndex(1);
        QVERIFY(!target->isEnabled());
    }

    void aStoppedServerIsNamedAsTheReason()
    {
        RequestComposer composer;
        composer.setServerUrl(QUrl());
        QVERIFY(!composer.findChild<QPushButton *>(u"sendButton"_s)->isEnabled());
        QVERIFY2(preview(composer).contains(u"server is stopped"), qPrintable(preview(composer)));
        QVERIFY(!preview(composer).contains(u"Target"));
        // A full URL needs no playground server.
        composer.findChild<QLineEdit *>(u"targetEdit"_s)->setText(u"http://127.0.0.1:9/x"_s);
        QVERIFY(composer.findChild<QPushButton *>(u"sendButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestRequestComposer)
#include "tst_requestcomposer.moc"

#include "gui/MiddlewareForm.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestMiddlewareForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsAndReadsEveryOption()
    {
        MiddlewareForm form;
        MiddlewareOptions options;
        options.allowOrigins = {u"http://localhost:3000"_s, u"*"_s};
        options.allowOriginRegex = u"https://.*"_s;
        options.allowMethods = {u"GET"_s, u"PUT"_s};
        options.allowHeaders = {u"X-API-Key"_s};
        options.allowCredentials = true;
        options.exposeHeaders = {u"X-Request-ID"_s};
        options.maxAge = 42;
        options.proxyUpstream = u"http://127.0.0.1:9000"_s;
        QSignalSpy edited(&form, &MiddlewareForm::edited);
        form.setOptions(options);
        QCOMPARE(edited.size(), 0);
        QCOMPARE(form.options(), options);
        QCOMPARE(form.findChild<QPlainTextEdit *>(u"allowOriginsEdit"_s)->toPlainText(),
                 u"http://localhost:3000\n*"_s);
    }

    void typingReportsTheField()
    {
        MiddlewareForm form;
        QSignalSpy edited(&form, &MiddlewareForm::edited);
        auto *origins = form.findChild<QPlainTextEdit *>(u"allowOriginsEdit"_s);
        origins->setFocus();
        QTest::keyClicks(origins, u"http://a.test"_s);
        QVERIFY(!edited.isEmpty());
        QCOMPARE(edited.last().first().toString(), u"allow_origins"_s);
        QCOMPARE(form.options().allowOrigins, QStringList{u"http://a.test"_s});
        form.findChild<QCheckBox *>(u"allowCredentialsCheck"_s)->click();
        QVERIFY(form.options().allowCredentials);
    }

    void errorsAppearNextToTheirField()
    {
        MiddlewareForm form;
        form.show();
        auto *originsError = form.findChild<QLabel *>(u"allowOriginsError"_s);
        auto *headersError = form.findChild<QLabel *>(u"allowHeadersError"_s);
        form.showErrors({{u"allow_origins[0]"_s, u"\"http://a.test/\" ends with a slash."_s}});
        QVERIFY(originsError->isVisible());
        QCOMPARE(originsError->text(), u"Not applied: \"http://a.test/\" ends with a slash."_s);
        QVERIFY(!headersError->isVisible());
        form.showErrors({});
        QVERIFY(!originsError->isVisible());
    }

    void everyFieldExplainsItself()
    {
        MiddlewareForm form;
        for (const QString &name :
             {u"allowOriginsEdit"_s, u"allowOriginRegexEdit"_s, u"allowMethodsEdit"_s,
              u"allowHeadersEdit"_s, u"allowCredentialsCheck"_s, u"exposeHeadersEdit"_s,
              u"maxAgeSpin"_s}) {
            auto *widget = form.findChild<QWidget *>(name);
            QVERIFY2(widget, qPrintable(name));
            QVERIFY2(widget->toolTip().contains(u"Default"), qPrintable(name));
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
        }
    }

    void anEmptyOriginListSaysNothingIsAllowed()
    {
        MiddlewareForm form;
        form.show();
        auto *origins = form.findChild<QPlainTextEdit *>(u"allowOriginsEdit"_s);
        // The example reads as an example, not as a configured value.
        QVERIFY(origins->placeholderText().startsWith(u"none yet, e.g. "));
        auto *hint = form.findChild<QLabel *>(u"noOriginHint"_s);
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(u"No origin is allowed yet"));
        origins->setPlainText(u"http://localhost:3000"_s);
        QVERIFY(!hint->isVisible());
        origins->clear();
        form.findChild<QLineEdit *>(u"allowOriginRegexEdit"_s)->setText(u"https://.*"_s);
        QVERIFY(!hint->isVisible());
    }
};

QTEST_MAIN(TestMiddlewareForm)
#include "tst_middlewareform.moc"

#include "core/policy/OptionLiteral.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The framework forms' fields hold values as the user writes them in code; each must parse
// to what that language means, and the policy's values must come back as code.
class TestOptionLiteral : public QObject
{
    Q_OBJECT

private:
    static QString parsedJson(const QString &text, OptionLiteral::Language language)
    {
        const auto parsed = OptionLiteral::parse(text, language);
        if (!parsed.problem.isEmpty())
            return u"error: "_s + parsed.problem;
        return QString::fromUtf8(
            QJsonDocument(QJsonArray{parsed.value}).toJson(QJsonDocument::Compact));
    }

private Q_SLOTS:
    void parsesWhatEachLanguageMeans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("python");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty is not given") << u"  "_s << false << u"[null]"_s;
        QTest::newRow("js string") << u"'GET,PUT'"_s << false << u"[\"GET,PUT\"]"_s;
        QTest::newRow("js list") << u"['GET', \"PUT\",]"_s << false << u"[[\"GET\",\"PUT\"]]"_s;
        QTest::newRow("js true") << u"true"_s << false << u"[true]"_s;
        QTest::newRow("js regex") << u"/\\.example\\.org$/"_s << false
                                  << u"[{\"regex\":\"\\\\.example\\\\.org$\"}]"_s;
        QTest::newRow("js list with regex")
            << u"['https://a.test', /^https:\\/\\/b/]"_s << false
            << u"[[\"https://a.test\",{\"regex\":\"^https://b\"}]]"_s;
        // JavaScript drops the backslash of an escape it does not know.
        QTest::newRow("js unknown escape") << u"'a\\.b'"_s << false << u"[\"a.b\"]"_s;
        QTest::newRow("js number") << u"600"_s << false << u"[600]"_s;
        QTest::newRow("python True") << u"True"_s << true << u"[true]"_s;
        QTest::newRow("python None") << u"None"_s << true << u"[null]"_s;
        QTest::newRow("python tuple") << u"('GET',)"_s << true << u"[[\"GET\"]]"_s;
        QTest::newRow("python raw") << u"r'^https://\\w+\\.a\\.test'"_s << true
                                    << u"[\"^https://\\\\w+\\\\.a\\\\.test\"]"_s;
        // Python keeps it.
        QTest::newRow("python unknown escape") << u"'a\\.b'"_s << true << u"[\"a\\\\.b\"]"_s;
        QTest::newRow("unclosed string")
            << u"'GET"_s << false << u"error: the string is not closed: add ' at its end"_s;
        QTest::newRow("bare word") << u"GET"_s << true
                                   << u"error: GET is not a value here: put text in quotes, "
                                      u"such as 'GET'"_s;
        QTest::newRow("missing comma")
            << u"['a' 'b']"_s << false << u"error: write a comma between the list's values"_s;
        QTest::newRow("js true is not python") << u"true"_s << true
                                               << u"error: true is not a value here: put text "
                                                  u"in quotes, such as 'true'"_s;
    }

    void parsesWhatEachLanguageMeans()
    {
        QFETCH(QString, text);
        QFETCH(bool, python);
        QFETCH(QString, expected);
        QCOMPARE(parsedJson(text,
                            python ? OptionLiteral::Language::Python
                                   : OptionLiteral::Language::JavaScript),
                 expected);
    }

    void formatsBackToCodeThatParsesToTheSameValue_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("string") << QJsonValue(u"it's"_s);
        QTest::newRow("backslash") << QJsonValue(u"^https://\\w+"_s);
        QTest::newRow("list") << QJsonValue(QJsonArray{u"GET"_s, u"PUT"_s});
        QTest::newRow("regex with slash") << QJsonValue(QJsonObject{{u"regex"_s, u"^https://a"_s}});
        QTest::newRow("bool") << QJsonValue(false);
        QTest::newRow("number") << QJsonValue(86400);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    }

    void formatsBackToCodeThatParsesToTheSameValue()
    {
        QFETCH(QJsonValue, value);
        for (const auto language :
             {OptionLiteral::Language::JavaScript, OptionLiteral::Language::Python}) {
            if (value.isObject() && language == OptionLiteral::Language::Python)
                continue;
            const QString code = OptionLiteral::format(value, language);
            const auto parsed = OptionLiteral::parse(code, language);
            QVERIFY2(parsed.problem.isEmpty(), qPrintable(code + u": "_s + parsed.problem));
            QCOMPARE(parsed.value, value);
        }
        QCOMPARE(
            OptionLiteral::format(QJsonValue(u"^https://\\w+"_s), OptionLiteral::Language::Python),
            u"r'^https://\\w+'"_s);
    }
};

QTEST_GUILESS_MAIN(TestOptionLiteral)
#include "tst_optionliteral.moc"

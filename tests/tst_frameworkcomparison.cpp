#include "core/classroom/FrameworkComparison.h"
#include "core/policy/PolicyJson.h"
#include "support/JsonText.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// "Compare frameworks" sends the composed request to the four libraries, each configured from
// the current policy, and lines up what each answered; rows that differ are marked.
class TestFrameworkComparison : public QObject
{
    Q_OBJECT

private:
    static QList<FrameworkComparison::Answer> compare(const char *policyJson,
                                                      const FetchRequest &request)
    {
        const auto parsed = PolicyJson::parse(json(policyJson));
        if (!parsed.ok())
            qFatal("bad policy in the test");
        FrameworkComparison comparison;
        QSignalSpy finished(&comparison, &FrameworkComparison::finished);
        comparison.compare(parsed.policy, request);
        if (!finished.wait(20000))
            return {};
        return finished.first().first().value<QList<FrameworkComparison::Answer>>();
    }

    static FetchRequest putFrom(const QString &origin)
    {
        FetchRequest request;
        request.pageOrigin = origin;
        request.method = u"PUT"_s;
        request.url = QUrl(u"http://127.0.0.1:1/api/data"_s);
        request.credentials = FetchRequest::Credentials::Include;
        return request;
    }

    static QString valueOf(const QList<FrameworkComparison::Row> &rows, bool preflight,
                           const QByteArray &header, int column)
    {
        for (const auto &row : rows) {
            if (row.preflight == preflight
                && row.headerName.compare(header, Qt::CaseInsensitive) == 0)
                return row.values.at(column);
        }
        return u"(no row)"_s;
    }

private Q_SLOTS:
    void eachLibraryAnswersInItsOwnWay()
    {
        const auto answers = compare("{'framework': 'flask-cors', 'flask_cors': {'origins': "
                                     "['http://localhost:3000'], 'supports_credentials': true, "
                                     "'methods': ['GET', 'PUT']}}",
                                     putFrom(u"http://localhost:3000"_s));
        QCOMPARE(answers.size(), 4);
        QCOMPARE(answers.at(0).framework, CorsPolicy::Framework::Starlette);
        QCOMPARE(answers.at(2).framework, CorsPolicy::Framework::FlaskCors);
        for (const auto &answer : answers)
            QVERIFY2(answer.result.allowed,
                     qPrintable(CorsPolicy::frameworkName(answer.framework)));
        const auto rows = FrameworkComparison::rows(answers);
        // Express joins a list with ",", the others with ", ".
        QCOMPARE(valueOf(rows, true, "Access-Control-Allow-Methods", 1), u"GET,PUT"_s);
        QCOMPARE(valueOf(rows, true, "Access-Control-Allow-Methods", 2), u"GET, PUT"_s);
        // Flask-CORS sends no Vary for one literal origin; django-cors-headers always does.
        QCOMPARE(valueOf(rows, false, "Vary", 2), QString());
        QCOMPARE(valueOf(rows, false, "Vary", 3), u"Origin"_s);
        for (const auto &row : rows) {
            if (row.kind == FrameworkComparison::Row::Kind::Status && row.preflight)
                QVERIFY(row.differs); // Express answers 204, the others 200.
            if (row.headerName == "Access-Control-Allow-Origin")
                QVERIFY(!row.differs);
        }
    }

    void theVerdictsDifferWhereTheLibrariesDo()
    {
        // Allow-all with credentials: four libraries, not one answer.
        const auto answers = compare("{'allow_origins': ['*'], 'allow_credentials': true, "
                                     "'allow_methods': ['*']}",
                                     putFrom(u"http://evil.test"_s));
        QCOMPARE(answers.size(), 4);
        QStringList verdicts;
        for (const auto &answer : answers)
            verdicts.append(answer.result.allowed ? u"allowed"_s : u"blocked"_s);
        QVERIFY2(verdicts.contains(u"allowed"_s), qPrintable(verdicts.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestFrameworkComparison)
#include "tst_frameworkcomparison.moc"

#include "support/FrameworkDifferential.h"
#include "support/OracleTools.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Holds the playground's django-cors-headers mode to the real one (Debian 12's
// python3-django-cors-headers 3.14 on Django 3.2, run by /usr/bin/python3): the same settings
// and requests must give the same status and every CORS and Vary line.
namespace {

using FrameworkDifferential::pick;

QList<CorsPolicy> makePolicies()
{
    struct Origins
    {
        QStringList allowed;
        QStringList regexes;
        bool allowAll;
    };
    const QList<Origins> origins{
        {{}, {}, false},
        {{}, {}, true},
        {{u"https://a.test"_s}, {}, false},
        {{u"https://a.test"_s, u"https://b.test:8443"_s}, {}, false},
        {{u"null"_s}, {}, false},
        {{u"HTTPS://a.test"_s}, {}, false},
        // The prefix trap: lets https://app.example.org.evil.net in.
        {{}, {u"^https://\\w+\\.example\\.org"_s}, false},
        {{}, {u"https://a"_s, u"^null$"_s}, false},
    };
    const QList<QStringList> methods{DjangoCorsHeadersOptions().allowMethods, {u"GET"_s, u"PUT"_s}};
    const QList<QStringList> headers{DjangoCorsHeadersOptions().allowHeaders, {u"x-api-key"_s}, {}};
    const QList<QStringList> exposed{{}, {u"X-Request-ID"_s, u"X-A"_s}};
    const QList<qint64> maxAges{86400, 0, 600};
    const QStringList urls{u"^.*$"_s, u"^/api/"_s, u"^/API/"_s};

    QList<CorsPolicy> policies;
    CorsPolicy defaults;
    defaults.framework = CorsPolicy::Framework::DjangoCorsHeaders;
    policies.append(defaults);
    QRandomGenerator random(20261204);
    for (int index = 0; index < 4 * int(origins.size()); ++index) {
        CorsPolicy policy = defaults;
        DjangoCorsHeadersOptions &options = policy.djangoCorsHeaders;
        const Origins &origin = origins.at(index % origins.size());
        options.allowedOrigins = origin.allowed;
        options.allowedOriginRegexes = origin.regexes;
        options.allowAllOrigins = origin.allowAll;
        options.allowCredentials = (index / origins.size()) % 2 == 1;
        options.urlsRegex = index / origins.size() < 2 ? urls.first() : pick(random, urls);
        options.allowMethods = pick(random, methods);
        options.allowHeaders = pick(random, headers);
        options.exposeHeaders = pick(random, exposed);
        options.preflightMaxAge = pick(random, maxAges);
        policies.append(policy);
    }
    return policies;
}

} // namespace

class TestDjangoCorsDifferential : public QObject
{
    Q_OBJECT

private:
    const QString m_python = u"/usr/bin/python3"_s;

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_ORACLE_TOOLS(
            OracleTool::pythonModule(u"corsheaders"_s, u"python3-django-cors-headers"_s, m_python));
    }

    void sameAnswersAsDjangoCorsHeaders()
    {
        const auto result = FrameworkDifferential::run(
            m_python, QStringLiteral(TESTS_SOURCE_DIR "/django/django_cors_server.py"),
            QProcessEnvironment::systemEnvironment(), makePolicies());
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY2(result.mismatches.isEmpty(),
                 qPrintable(result.mismatches.mid(0, 6).join(u"\n"_s)));
        QVERIFY(result.optionSets >= 30 && result.requestCount >= 20);
    }

    // The playground refuses what django-cors-headers' system checks refuse, with their words.
    void systemChecksAgree_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("checkId");
        QTest::newRow("no scheme") << u"b.com"_s << u"corsheaders.E013"_s;
        QTest::newRow("path") << u"https://a.com/path"_s << u"corsheaders.E014"_s;
        QTest::newRow("trailing slash") << u"http://b.com/"_s << u"corsheaders.E014"_s;
        QTest::newRow("fine") << u"https://a.com:8443"_s << QString();
        QTest::newRow("null") << u"null"_s << QString();
    }

    void systemChecksAgree()
    {
        QFETCH(QString, origin);
        QFETCH(QString, checkId);
        CorsPolicy policy;
        policy.framework = CorsPolicy::Framework::DjangoCorsHeaders;
        policy.djangoCorsHeaders.allowedOrigins = {origin};
        const PolicyErrors errors = policy.validate();
        QCOMPARE(errors.isEmpty(), checkId.isEmpty());
        if (!checkId.isEmpty())
            QVERIFY2(errors.first().message.startsWith(checkId),
                     qPrintable(errors.first().message));

        // The real checks, run by Django itself.
        QProcess python;
        python.start(m_python,
                     {u"-c"_s, uR"(
import sys, django
from django.conf import settings
settings.configure(INSTALLED_APPS=["corsheaders"], CORS_ALLOWED_ORIGINS=[sys.argv[1]])
django.setup()
from django.core.checks import run_checks
print(" ".join(sorted({e.id for e in run_checks()})))
)"_s,
                      origin});
        QVERIFY(python.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()).trimmed(), checkId);
    }
};

QTEST_GUILESS_MAIN(TestDjangoCorsDifferential)
#include "tst_djangocorsdifferential.moc"

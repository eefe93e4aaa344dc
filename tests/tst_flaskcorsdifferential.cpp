#include "support/FrameworkDifferential.h"
#include "support/OracleTools.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Holds the playground's Flask-CORS mode to the real one (Debian 12's python3-flask-cors
// 3.0.10 on Flask 2.2, run by /usr/bin/python3: the python3 on PATH may be another one):
// the same option sets and requests must give the same status and every CORS and Vary line.
namespace {

using FrameworkDifferential::pick;

QList<CorsPolicy> makePolicies()
{
    const QList<TextOrList> origins{
        TextOrList::ofText(u"*"_s),
        // One literal origin: no Vary.
        TextOrList::ofText(u"https://a.test"_s),
        TextOrList::ofList({u"https://b.test:8443"_s, u"https://a.test"_s}),
        // A pattern, matched by prefix and ignoring case.
        TextOrList::ofText(u"^https://\\w+\\.example\\.org"_s),
        TextOrList::ofList({u"null"_s}),
        // No regex character: a literal, never matched by either origin.
        TextOrList::ofText(u"https://a.test|https://b.test"_s),
        TextOrList::ofList({}),
        TextOrList::ofList({u"https://a\\.test"_s, u"https://b.test:8443"_s}),
    };
    const QList<TextOrList> methods{FlaskCorsOptions().methods, TextOrList::ofText(u"GET, PUT"_s),
                                    TextOrList::ofList({u"put"_s, u"GET"_s}),
                                    TextOrList::ofText(u"GET"_s)};
    const QList<TextOrList> allowHeaders{TextOrList::ofText(u"*"_s),
                                         TextOrList::ofList({u"X-API-Key"_s, u"content-type"_s}),
                                         TextOrList::ofText(u"x-.*"_s), TextOrList::ofList({})};
    const QList<std::optional<TextOrList>> exposed{
        std::nullopt, TextOrList::ofList({u"X-Request-ID"_s, u"A-B"_s}),
        TextOrList::ofText(u"X-A"_s)};
    const QList<std::optional<qint64>> maxAges{std::nullopt, 0, 600};

    QList<CorsPolicy> policies;
    CorsPolicy defaults;
    defaults.framework = CorsPolicy::Framework::FlaskCors;
    policies.append(defaults);
    QRandomGenerator random(20261203);
    for (int index = 0; index < 4 * int(origins.size()); ++index) {
        CorsPolicy policy = defaults;
        FlaskCorsOptions &options = policy.flaskCors;
        options.origins = origins.at(index % origins.size());
        options.supportsCredentials = (index / origins.size()) % 2 == 1;
        options.sendWildcard = index / origins.size() == 2;
        options.alwaysSend = index / origins.size() != 3;
        options.varyHeader = random.bounded(5) != 0;
        options.methods = pick(random, methods);
        options.allowHeaders = pick(random, allowHeaders);
        options.exposeHeaders = pick(random, exposed);
        options.maxAge = pick(random, maxAges);
        // Flask-CORS refuses this one at start-up; the policy validation says so.
        if (!policy.isValid())
            continue;
        policies.append(policy);
    }
    return policies;
}

} // namespace

class TestFlaskCorsDifferential : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAnswersAsFlaskCors()
    {
        const QString python = u"/usr/bin/python3"_s;
        REQUIRE_ORACLE_TOOLS(
            OracleTool::pythonModule(u"flask_cors"_s, u"python3-flask-cors"_s, python));
        const auto result = FrameworkDifferential::run(
            python, QStringLiteral(TESTS_SOURCE_DIR "/flaskcors/flask_cors_server.py"),
            QProcessEnvironment::systemEnvironment(), makePolicies());
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY2(result.mismatches.isEmpty(),
                 qPrintable(result.mismatches.mid(0, 6).join(u"\n"_s)));
        QVERIFY(result.optionSets >= 30 && result.requestCount >= 20);
    }

    void refusedOptionSetsAreInvalidPolicies()
    {
        CorsPolicy policy;
        policy.framework = CorsPolicy::Framework::FlaskCors;
        policy.flaskCors.supportsCredentials = true;
        policy.flaskCors.sendWildcard = true;
        const PolicyErrors errors = policy.validate();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, u"flask_cors.send_wildcard"_s);
        QVERIFY(errors.first().message.contains(u"Cannot use supports_credentials"_s));
    }
};

QTEST_GUILESS_MAIN(TestFlaskCorsDifferential)
#include "tst_flaskcorsdifferential.moc"

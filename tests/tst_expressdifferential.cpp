#include "support/FrameworkDifferential.h"
#include "support/NpmPackages.h"
#include "support/OracleTools.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Holds the playground's Express mode to the real thing: npm's current express and cors
// (installed from the registry by the test) and express@4, serving the same option sets and
// getting the same requests, must answer with the same status and every CORS and Vary line.
namespace {

using FrameworkDifferential::pick;

QList<CorsPolicy> makePolicies()
{
    using Kind = ExpressCorsOptions::OriginKind;
    struct Origin
    {
        Kind kind;
        QString text;
        QList<ExpressOriginEntry> list;
    };
    const QList<Origin> origins{
        {Kind::Text, u"*"_s, {}},
        {Kind::Text, u"https://a.test"_s, {}},
        {Kind::ReflectAny, {}, {}},
        {Kind::Disabled, {}, {}},
        {Kind::Text, QString(), {}},
        {Kind::List, {}, {{u"https://a.test"_s, false}, {u"https://b.test:8443"_s, false}}},
        // Unanchored: lets https://a.test.evil.net in.
        {Kind::List, {}, {{u"a\\.test"_s, true}}},
        {Kind::Regex, u"^https://\\w+\\.example\\.org"_s, {}},
        {Kind::List, {}, {{u"null"_s, false}, {u"HTTPS://A.TEST"_s, false}}},
    };
    const QList<TextOrList> methods{ExpressCorsOptions().methods, TextOrList::ofText(u"GET, PUT"_s),
                                    TextOrList::ofList({u"GET"_s, u"PUT"_s}),
                                    TextOrList::ofList({}), TextOrList::ofText(QString())};
    const QList<std::optional<TextOrList>> allowed{
        std::nullopt, TextOrList::ofList({u"X-API-Key"_s, u"Content-Type"_s}),
        TextOrList::ofText(u"x-api-key"_s), TextOrList::ofList({}), TextOrList::ofText(QString())};
    const QList<std::optional<TextOrList>> exposed{
        std::nullopt, TextOrList::ofList({u"X-Request-ID"_s}), TextOrList::ofText(u"X-A,X-B"_s)};
    const QList<std::optional<qint64>> maxAges{std::nullopt, 0, 600};

    QList<CorsPolicy> policies;
    CorsPolicy defaults;
    defaults.framework = CorsPolicy::Framework::Express;
    policies.append(defaults);
    QRandomGenerator random(20261202);
    for (int index = 0; index < 4 * int(origins.size()); ++index) {
        CorsPolicy policy = defaults;
        ExpressCorsOptions &options = policy.express;
        const Origin &origin = origins.at(index % origins.size());
        options.originKind = origin.kind;
        options.originText = origin.text;
        options.originList = origin.list;
        options.credentials = (index / origins.size()) % 2 == 1;
        options.methods = pick(random, methods);
        options.allowedHeaders = pick(random, allowed);
        options.exposedHeaders = pick(random, exposed);
        options.maxAge = pick(random, maxAges);
        options.preflightContinue = random.bounded(4) == 0;
        options.optionsSuccessStatus = random.bounded(3) == 0 ? 200 : 204;
        policies.append(policy);
    }
    return policies;
}

} // namespace

class TestExpressDifferential : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_ORACLE_TOOLS(OracleTool::executable(u"node"_s, u"nodejs"_s),
                             OracleTool::executable(u"npm"_s, u"npm"_s));
    }

    void sameAnswersAsExpress_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QStringList>("packages");
        QTest::newRow("npm's current express")
            << u"express-current"_s << QStringList{u"express"_s, u"cors"_s};
        QTest::newRow("express 4") << u"express-4"_s << QStringList{u"express@4"_s, u"cors"_s};
    }

    void sameAnswersAsExpress()
    {
        QFETCH(QString, folder);
        QFETCH(QStringList, packages);
        QString error;
        const auto modules = npmPackages(folder, packages, &error);
        QVERIFY2(modules, qPrintable(error));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"NODE_PATH"_s, *modules);
        const auto result = FrameworkDifferential::run(
            u"node"_s, QStringLiteral(TESTS_SOURCE_DIR "/express/express_server.js"), environment,
            makePolicies());
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY2(result.mismatches.isEmpty(),
                 qPrintable(result.mismatches.mid(0, 6).join(u"\n"_s)));
        QVERIFY(result.optionSets >= 30 && result.requestCount >= 20);
    }
};

QTEST_GUILESS_MAIN(TestExpressDifferential)
#include "tst_expressdifferential.moc"

#include "core/browser/PreflightCache.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString origin = u"http://localhost:5173"_s;
const QUrl url(u"http://127.0.0.1:8000/api"_s);

PreflightCache::Entry entry(qint64 maxAge, bool credentials = false)
{
    PreflightCache::Entry result;
    result.allowance.methods = {"PUT"};
    result.allowance.headers = {"x-api-key"};
    result.allowance.maxAgeSeconds = maxAge;
    result.allowance.credentialsIncluded = credentials;
    return result;
}
} // namespace

class TestPreflightCache : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 1000;
    PreflightCache cache()
    {
        return PreflightCache([this] { return m_now; });
    }

private Q_SLOTS:
    void init() { m_now = 1000; }

    void servesUntilMaxAgeRunsOut()
    {
        PreflightCache preflights = cache();
        preflights.store(origin, url, entry(10));
        m_now += 9999;
        QVERIFY(preflights.find(origin, url, false, "PUT", {"x-api-key"}));
        m_now += 1;
        QVERIFY(!preflights.find(origin, url, false, "PUT", {"x-api-key"}));
        QCOMPARE(preflights.size(), 0);
    }

    void keyIsOriginAndUrl()
    {
        PreflightCache preflights = cache();
        preflights.store(origin, url, entry(600));
        QVERIFY(!preflights.find(u"http://localhost:3000"_s, url, false, "PUT", {}));
        QVERIFY(
            !preflights.find(origin, QUrl(u"http://127.0.0.1:8000/api/other"_s), false, "PUT", {}));
        QVERIFY(preflights.find(origin, url, false, "PUT", {}));
    }

    void entryMustAllowTheNewRequest()
    {
        PreflightCache preflights = cache();
        preflights.store(origin, url, entry(600));
        QVERIFY(!preflights.find(origin, url, false, "DELETE", {}));
        QVERIFY(!preflights.find(origin, url, false, "PUT", {"x-other"}));
        // Made without credentials: cannot vouch for a request with them.
        QVERIFY(!preflights.find(origin, url, true, "PUT", {}));
    }

    void zeroMaxAgeIsNotStored()
    {
        PreflightCache preflights = cache();
        preflights.store(origin, url, entry(0));
        QCOMPARE(preflights.size(), 0);
    }

    void clearForgetsEverything()
    {
        PreflightCache preflights = cache();
        preflights.store(origin, url, entry(600, true));
        QVERIFY(preflights.find(origin, url, true, "PUT", {}));
        preflights.clear();
        QVERIFY(!preflights.find(origin, url, true, "PUT", {}));
    }
};

QTEST_GUILESS_MAIN(TestPreflightCache)
#include "tst_preflightcache.moc"

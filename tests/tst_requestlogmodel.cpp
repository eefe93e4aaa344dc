#include "core/log/RequestLog.h"
#include "gui/RequestLogModel.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

class TestRequestLogModel : public QObject
{
    Q_OBJECT

private:
    static RequestLogEntry entry(const QByteArray &method, bool preflight)
    {
        RequestLogEntry result;
        result.method = method;
        result.target = u"/api"_s;
        result.requestHeaders = {{"Origin", "http://localhost:3000"}};
        result.status = preflight ? 204 : 200;
        result.isPreflight = preflight;
        result.corsDecision = ServerResponse::CorsDecision::Refused;
        result.corsOutcome
            = {CorsOutcome::Reason::PreflightRefused, CorsOutcome::RefusedMethod, {}};
        result.receivedAt = QDateTime::currentDateTime();
        return result;
    }

private Q_SLOTS:
    void followsTheLogWithOneRowPerExchange()
    {
        RequestLog log(10);
        RequestLogModel model(&log);
        log.append(entry("OPTIONS", true));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, RequestLogModel::Origin).data().toString(),
                 u"http://localhost:3000"_s);
        QCOMPARE(model.index(0, RequestLogModel::Method).data().toString(), u"OPTIONS"_s);
        QCOMPARE(model.index(0, RequestLogModel::Kind).data().toString(), u"preflight"_s);
        QCOMPARE(model.index(0, RequestLogModel::Status).data().toInt(), 204);
        QCOMPARE(model.index(0, RequestLogModel::Cors).data().toString(), u"refused"_s);
        QCOMPARE(model.index(0, RequestLogModel::Cors).data(Qt::ToolTipRole).toString(),
                 u"preflight refused: method"_s);
    }

    void mirrorsTheBoundAndCountsDrops()
    {
        RequestLog log(2);
        RequestLogModel model(&log);
        QSignalSpy dropped(&model, &RequestLogModel::droppedCountChanged);
        for (int index = 0; index < 5; ++index)
            log.append(entry("GET", false));
        QTRY_COMPARE(model.droppedCount(), 3u);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!dropped.isEmpty());
        log.clear();
        QTRY_COMPARE(model.rowCount(), 0);
        QCOMPARE(model.droppedCount(), 0u);
    }

    void entriesFromAnotherThreadArrive()
    {
        RequestLog log(100);
        RequestLogModel model(&log);
        QThread *thread = QThread::create([&log] {
            for (int index = 0; index < 20; ++index)
                log.append(entry("GET", false));
        });
        thread->start();
        QVERIFY(thread->wait(5000));
        delete thread;
        QTRY_COMPARE(model.rowCount(), 20);
    }

    void aFloodArrivesInFewBatches()
    {
        RequestLog log(500);
        RequestLogModel model(&log);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QThread *thread = QThread::create([&log] {
            for (int index = 0; index < 5000; ++index)
                log.append(entry("GET", false));
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QTRY_COMPARE(model.droppedCount(), 4500u);
        QCOMPARE(model.rowCount(), 500);
        QCOMPARE(model.entry(499).sequence, 5000u);
        // One insert per batch, not per request: the GUI thread is not flooded.
        QVERIFY2(inserted.size() < 100, QByteArray::number(inserted.size()).constData());
    }

    void aModelCreatedLateStillFollows()
    {
        RequestLog log(10);
        log.append(entry("GET", false));
        RequestLogModel model(&log);
        QCOMPARE(model.rowCount(), 1);
        log.append(entry("PUT", false));
        QTRY_COMPARE(model.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRequestLogModel)
#include "tst_requestlogmodel.moc"

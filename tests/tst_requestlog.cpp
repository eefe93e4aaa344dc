#include "core/log/RequestLog.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

class TestRequestLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersEntriesInOrder()
    {
        RequestLog log(10);
        QSignalSpy added(&log, &RequestLog::entryAdded);
        RequestLogEntry entry;
        entry.method = "GET";
        QCOMPARE(log.append(entry), 1u);
        QCOMPARE(log.append(entry), 2u);
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.at(1).first().value<RequestLogEntry>().sequence, 2u);
        QCOMPARE(log.entries().size(), 2);
    }

    void dropsTheOldestAndCountsThem()
    {
        RequestLog log(3);
        QSignalSpy dropped(&log, &RequestLog::entriesDropped);
        for (int index = 0; index < 5; ++index)
            log.append({});
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.droppedCount(), 2u);
        QCOMPARE(log.totalCount(), 5u);
        QCOMPARE(log.entries().first().sequence, 3u);
        QCOMPARE(dropped.size(), 2);
        QCOMPARE(dropped.last().first().toULongLong(), 2u);
    }

    void shrinkingTheCapacityDrops()
    {
        RequestLog log(10);
        for (int index = 0; index < 6; ++index)
            log.append({});
        log.setCapacity(2);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.droppedCount(), 4u);
        QCOMPARE(log.capacity(), 2);
    }

    void clearEmptiesButKeepsNumbering()
    {
        RequestLog log(2);
        for (int index = 0; index < 3; ++index)
            log.append({});
        QSignalSpy cleared(&log, &RequestLog::cleared);
        log.clear();
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(log.size(), 0);
        QCOMPARE(log.droppedCount(), 0u);
        QCOMPARE(log.append({}), 4u);
    }

    void appendsFromManyThreadsLoseNothing()
    {
        RequestLog log(100);
        QList<QThread *> threads;
        for (int thread = 0; thread < 4; ++thread) {
            threads.append(QThread::create([&log] {
                for (int index = 0; index < 500; ++index)
                    log.append({});
            }));
            threads.last()->start();
        }
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(10000));
            delete thread;
        }
        QCOMPARE(log.totalCount(), 2000u);
        QCOMPARE(log.size(), 100);
        QCOMPARE(log.droppedCount(), 1900u);
    }

    void signalsAvailabilityOncePerBatch()
    {
        RequestLog log(10);
        QSignalSpy available(&log, &RequestLog::entriesAvailable);
        for (int index = 0; index < 5; ++index)
            log.append({});
        QCOMPARE(available.size(), 1);
        const QList<RequestLogEntry> batch = log.entriesAfter(0);
        QCOMPARE(batch.size(), 5);
        QCOMPARE(batch.constFirst().sequence, 1u);
        log.append({});
        log.append({});
        QCOMPARE(available.size(), 2);
        const QList<RequestLogEntry> next = log.entriesAfter(batch.constLast().sequence);
        QCOMPARE(next.size(), 2);
        QCOMPARE(next.constFirst().sequence, 6u);
    }

    void entriesAfterSkipsWhatWasDropped()
    {
        RequestLog log(3);
        for (int index = 0; index < 10; ++index)
            log.append({});
        // Entries 1 to 7 were dropped: a reader that saw entry 2 gets the three still kept.
        const QList<RequestLogEntry> kept = log.entriesAfter(2);
        QCOMPARE(kept.size(), 3);
        QCOMPARE(kept.constFirst().sequence, 8u);
        QCOMPARE(log.entriesAfter(9).size(), 1);
        QCOMPARE(log.entriesAfter(10).size(), 0);
        QCOMPARE(log.entriesAfter(99).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"

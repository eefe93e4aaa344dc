#pragma once

#include "core/log/RequestLogEntry.h"

#include <QList>
#include <QMutex>
#include <QObject>

#include <atomic>

// The server's memory of recent exchanges. Bounded so a flood cannot exhaust memory, and it
// counts what the bound dropped so nothing disappears unnoticed. Safe to fill from the
// server's thread while the GUI reads it.
class RequestLog : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype DefaultCapacity = 1000;

    explicit RequestLog(qsizetype capacity = DefaultCapacity, QObject *parent = nullptr);

    // Gives the entry its sequence number and returns it.
    quint64 append(RequestLogEntry entry);
    QList<RequestLogEntry> entries() const;
    // The entries with a sequence number above this one, oldest first. Re-arms
    // entriesAvailable().
    QList<RequestLogEntry> entriesAfter(quint64 sequence) const;
    qsizetype size() const;

    qsizetype capacity() const;
    void setCapacity(qsizetype capacity);

    quint64 droppedCount() const;
    quint64 totalCount() const;

    void clear();

Q_SIGNALS:
    void entryAdded(const RequestLogEntry &entry);
    // Sent once for any number of appends until someone calls entriesAfter(): a view that
    // follows a flood of requests then redraws per batch, not per request.
    void entriesAvailable();
    void entriesDropped(quint64 droppedCount);
    void cleared();

private:
    // Returns how many entries were removed; the caller holds the lock.
    qsizetype trimToCapacity();

    mutable QMutex m_mutex;
    QList<RequestLogEntry> m_entries;
    qsizetype m_capacity;
    quint64 m_droppedCount = 0;
    quint64 m_totalCount = 0;
    mutable std::atomic_bool m_availabilitySignalled = false;
};

#include "core/log/RequestLog.h"

#include <QMutexLocker>

RequestLog::RequestLog(qsizetype capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(std::max<qsizetype>(1, capacity))
{
    qRegisterMetaType<RequestLogEntry>();
}

quint64 RequestLog::append(RequestLogEntry entry)
{
    qsizetype dropped = 0;
    quint64 droppedTotal = 0;
    {
        QMutexLocker locker(&m_mutex);
        entry.sequence = ++m_totalCount;
        m_entries.append(entry);
        dropped = trimToCapacity();
        droppedTotal = m_droppedCount;
    }
    // Signals go out unlocked: a direct-connected slot may read the log again.
    Q_EMIT entryAdded(entry);
    if (!m_availabilitySignalled.exchange(true))
        Q_EMIT entriesAvailable();
    if (dropped > 0)
        Q_EMIT entriesDropped(droppedTotal);
    return entry.sequence;
}

QList<RequestLogEntry> RequestLog::entries() const
{
    QMutexLocker locker(&m_mutex);
    return m_entries;
}

QList<RequestLogEntry> RequestLog::entriesAfter(quint64 sequence) const
{
    // Re-armed before reading, so an append that races with this call is signalled again.
    m_availabilitySignalled = false;
    QMutexLocker locker(&m_mutex);
    if (m_entries.isEmpty())
        return {};
    // Sequence numbers rise by one per entry and only the oldest are dropped, so the first
    // newer entry is found by arithmetic.
    const quint64 firstSequence = m_entries.constFirst().sequence;
    const quint64 skip = sequence < firstSequence ? 0 : sequence - firstSequence + 1;
    return m_entries.mid(qsizetype(std::min<quint64>(skip, quint64(m_entries.size()))));
}

qsizetype RequestLog::size() const
{
    QMutexLocker locker(&m_mutex);
    return m_entries.size();
}

qsizetype RequestLog::capacity() const
{
    QMutexLocker locker(&m_mutex);
    return m_capacity;
}

void RequestLog::setCapacity(qsizetype capacity)
{
    qsizetype dropped = 0;
    quint64 droppedTotal = 0;
    {
        QMutexLocker locker(&m_mutex);
        m_capacity = std::max<qsizetype>(1, capacity);
        dropped = trimToCapacity();
        droppedTotal = m_droppedCount;
    }
    if (dropped > 0)
        Q_EMIT entriesDropped(droppedTotal);
}

quint64 RequestLog::droppedCount() const
{
    QMutexLocker locker(&m_mutex);
    return m_droppedCount;
}

quint64 RequestLog::totalCount() const
{
    QMutexLocker locker(&m_mutex);
    return m_totalCount;
}

void RequestLog::clear()
{
    {
        QMutexLocker locker(&m_mutex);
        m_entries.clear();
        m_droppedCount = 0;
    }
    Q_EMIT cleared();
}

qsizetype RequestLog::trimToCapacity()
{
    const qsizetype excess = m_entries.size() - m_capacity;
    if (excess <= 0)
        return 0;
    m_entries.remove(0, excess);
    m_droppedCount += quint64(excess);
    return excess;
}

#include "RequestLog.h"

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
    if (dropped > 0)
        Q_EMIT entriesDropped(droppedTotal);
    return entry.sequence;
}

QList<RequestLogEntry> RequestLog::entries() const
{
    QMutexLocker locker(&m_mutex);
    return m_entries;
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

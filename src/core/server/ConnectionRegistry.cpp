#include "core/server/ConnectionRegistry.h"

#include "core/server/ConnectionGuard.h"

#include <QMutexLocker>

ConnectionRegistry::ConnectionRegistry(int maxConnections, qint64 maxBufferedBytes)
    : m_maxConnections(maxConnections)
    , m_maxBufferedBytes(maxBufferedBytes)
{ }

bool ConnectionRegistry::admit(ConnectionGuard *guard)
{
    const QMutexLocker locker(&m_mutex);
    if (int(m_entries.size()) >= m_maxConnections && !evictOldestLocked(Reason::TooManyConnections))
        return false;
    m_entries.emplace(guard, m_byActivity.insert(m_byActivity.end(), Entry{guard}));
    return true;
}

void ConnectionRegistry::release(ConnectionGuard *guard)
{
    const QMutexLocker locker(&m_mutex);
    const auto found = m_entries.find(guard);
    if (found == m_entries.end())
        return;
    m_bufferedBytes -= found->second->bufferedBytes;
    m_byActivity.erase(found->second);
    m_entries.erase(found);
}

void ConnectionRegistry::setBufferedBytes(ConnectionGuard *guard, qint64 bytes)
{
    const QMutexLocker locker(&m_mutex);
    const auto found = m_entries.find(guard);
    if (found == m_entries.end())
        return;
    m_bufferedBytes += bytes - found->second->bufferedBytes;
    found->second->bufferedBytes = bytes;
    while (m_bufferedBytes > m_maxBufferedBytes && evictOldestLocked(Reason::TooManyBytes)) { }
}

void ConnectionRegistry::recordActivity(ConnectionGuard *guard, bool answering)
{
    const QMutexLocker locker(&m_mutex);
    const auto found = m_entries.find(guard);
    if (found == m_entries.end())
        return;
    found->second->answering = answering;
    m_byActivity.splice(m_byActivity.end(), m_byActivity, found->second);
}

bool ConnectionRegistry::evictOldest()
{
    const QMutexLocker locker(&m_mutex);
    return evictOldestLocked(Reason::TooManyConnections);
}

int ConnectionRegistry::connectionCount() const
{
    const QMutexLocker locker(&m_mutex);
    return int(m_entries.size());
}

qint64 ConnectionRegistry::bufferedBytes() const
{
    const QMutexLocker locker(&m_mutex);
    return m_bufferedBytes;
}

qint64 ConnectionRegistry::evictionCount() const
{
    const QMutexLocker locker(&m_mutex);
    return m_evictions;
}

bool ConnectionRegistry::evictOldestLocked(Reason reason)
{
    // Connections being answered had activity when they started, so they sit near the back:
    // the scan passes over few of them.
    const auto oldest = std::find_if(m_byActivity.begin(), m_byActivity.end(),
                                     [](const Entry &entry) { return !entry.answering; });
    if (oldest == m_byActivity.end())
        return false;
    ConnectionGuard *guard = oldest->guard;
    m_bufferedBytes -= oldest->bufferedBytes;
    m_entries.erase(guard);
    m_byActivity.erase(oldest);
    ++m_evictions;
    // Safe while the mutex is held: the guard's destructor waits for it in release(), and
    // the QObject destructor after it drops this call if it has not run yet.
    QMetaObject::invokeMethod(
        guard, [guard, reason] { guard->evict(reason); }, Qt::QueuedConnection);
    return true;
}

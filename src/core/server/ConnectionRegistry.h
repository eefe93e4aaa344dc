#pragma once

#include <QMutex>

#include <list>
#include <unordered_map>

class ConnectionGuard;

// Every open connection of one PlaygroundServer (in `serve` and in the app, the process's only
// one), across all of its server threads: how many there are, how many bytes of incomplete
// requests they hold together, and which has gone longest without activity. When the
// connection limit or the byte budget is reached, it closes the connections idle or incomplete
// longest, as nginx reuses its oldest idle connections, instead of refusing the newcomer; never
// one that is being answered.
//
// Activity is a connection opening, completing a request or finishing an answer. Bytes of an
// unfinished request are not activity: a client that trickles a request in byte by byte
// stays as old as when it started.
//
// Thread rules: every function may be called from any thread; one mutex guards all state.
// A guard is closed on the thread that owns its socket: eviction forgets the guard at once and
// posts a queued call to it, under the mutex. A guard's destructor must release() it (it
// does), so that the guard is never posted to once its QObject part is being destroyed, which
// drops a call still queued.
class ConnectionRegistry
{
public:
    enum class Reason { TooManyConnections, TooManyBytes };

    ConnectionRegistry(int maxConnections, qint64 maxBufferedBytes);

    // Counts the guard in, first closing the connection idle longest if the limit is reached.
    // False, and nothing counted, when every open connection is being answered.
    bool admit(ConnectionGuard *guard);
    // Forgets the guard; nothing happens if it was never admitted or was evicted already.
    void release(ConnectionGuard *guard);

    // The guard holds this many bytes of an incomplete request now (not more: in total).
    // Beyond the byte budget, the connections idle longest are closed, possibly this one.
    void setBufferedBytes(ConnectionGuard *guard, qint64 bytes);
    // The guard completed a request or wrote an answer: it counts as fresh. While answering,
    // it is never evicted.
    void recordActivity(ConnectionGuard *guard, bool answering);

    // Closes the connection idle longest, for a server that ran out of descriptors.
    bool evictOldest();

    int maxConnections() const { return m_maxConnections; }
    qint64 maxBufferedBytes() const { return m_maxBufferedBytes; }
    int connectionCount() const;
    qint64 bufferedBytes() const;
    // Connections closed to make room since the server started.
    qint64 evictionCount() const;

private:
    struct Entry
    {
        ConnectionGuard *guard;
        qint64 bufferedBytes = 0;
        bool answering = false;
    };
    using Entries = std::list<Entry>;

    bool evictOldestLocked(Reason reason);

    const int m_maxConnections;
    const qint64 m_maxBufferedBytes;
    mutable QMutex m_mutex;
    // Oldest activity first: a connection moves to the back whenever it has activity.
    Entries m_byActivity;
    std::unordered_map<const ConnectionGuard *, Entries::iterator> m_entries;
    qint64 m_bufferedBytes = 0;
    qint64 m_evictions = 0;
};

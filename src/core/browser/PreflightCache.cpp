#include "core/browser/PreflightCache.h"

#include <QElapsedTimer>

PreflightCache::PreflightCache(Clock clock)
    : m_clock(std::move(clock))
{
    if (!m_clock) {
        m_clock = [] {
            static QElapsedTimer timer = [] {
                QElapsedTimer started;
                started.start();
                return started;
            }();
            return timer.elapsed();
        };
    }
}

const PreflightCache::Entry *PreflightCache::find(const QString &origin, const QUrl &url,
                                                  bool credentialsIncluded,
                                                  const QByteArray &method,
                                                  const QList<QByteArray> &unsafeHeaderNames)
{
    const auto found = m_entries.find(key(origin, url));
    if (found == m_entries.end())
        return nullptr;
    if (found->expiresAtMilliseconds <= m_clock()) {
        m_entries.erase(found);
        return nullptr;
    }
    const CorsChecks::PreflightAllowance &allowance = found->allowance;
    // An entry made without credentials cannot vouch for a request with them.
    if (credentialsIncluded && !allowance.credentialsIncluded)
        return nullptr;
    if (allowance.checkMethod(method) || allowance.checkHeaders(unsafeHeaderNames))
        return nullptr;
    return &found.value();
}

void PreflightCache::store(const QString &origin, const QUrl &url, Entry entry)
{
    if (entry.allowance.maxAgeSeconds <= 0)
        return;
    entry.expiresAtMilliseconds = m_clock() + entry.allowance.maxAgeSeconds * 1000;
    m_entries.insert(key(origin, url), std::move(entry));
}

void PreflightCache::clear()
{
    m_entries.clear();
}

QString PreflightCache::key(const QString &origin, const QUrl &url)
{
    return origin + u' ' + url.toString(QUrl::FullyEncoded);
}

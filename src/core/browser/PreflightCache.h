#pragma once

#include "core/browser/CorsChecks.h"
#include "core/http/RawHttpMessage.h"

#include <QHash>
#include <QString>
#include <QUrl>

#include <functional>

// Chromium's preflight cache: a successful preflight is remembered per (origin, URL) for its
// Access-Control-Max-Age (5 s when absent, at most 2 hours), and a later request the entry
// allows goes out without a new preflight.
class PreflightCache
{
public:
    // Milliseconds on a steady clock; tests pass their own.
    using Clock = std::function<qint64()>;

    struct Entry
    {
        CorsChecks::PreflightAllowance allowance;
        qint64 expiresAtMilliseconds = 0;
        // The exchange that filled the entry, shown when the entry is used.
        RawHttpRequest request;
        RawHttpResponse response;
    };

    explicit PreflightCache(Clock clock = {});

    // The entry that lets this request skip its preflight, or nullptr.
    const Entry *find(const QString &origin, const QUrl &url, bool credentialsIncluded,
                      const QByteArray &method, const QList<QByteArray> &unsafeHeaderNames);
    void store(const QString &origin, const QUrl &url, Entry entry);
    void clear();
    qsizetype size() const { return m_entries.size(); }

private:
    static QString key(const QString &origin, const QUrl &url);

    Clock m_clock;
    QHash<QString, Entry> m_entries;
};

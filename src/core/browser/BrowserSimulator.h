#pragma once

#include "core/browser/FetchRequest.h"
#include "core/browser/FetchRules.h"
#include "core/browser/InitiatorFacts.h"
#include "core/browser/PreflightCache.h"
#include "core/browser/SimulationResult.h"
#include "core/http/RawHttpClient.h"

#include <QObject>

// Does what Chromium does for one request (fetch(), XMLHttpRequest, a font, an element), over
// real HTTP: decides whether a preflight is
// needed,
// sends it (or takes it from the cache), checks it in Chromium's order, sends the
// actual request, follows redirects, checks the response and works out what JavaScript may
// read. Asynchronous: the UI never waits on the network.
class BrowserSimulator : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaximumRedirects = 20;

    explicit BrowserSimulator(QObject *parent = nullptr);

    void simulate(const FetchRequest &request);
    void cancel();
    bool isBusy() const { return m_busy; }

    PreflightCache &preflightCache() { return m_cache; }
    // How long to wait for each response, in milliseconds.
    void setTimeout(int milliseconds) { m_timeoutMilliseconds = milliseconds; }

Q_SIGNALS:
    void finished(const SimulationResult &result);

private:
    enum class Step { Preflight, Actual };

    void startHop();
    void sendPreflight(const QList<FetchRules::UnsafeHeader> &unsafe, const QString &reason);
    void sendActual();
    void onResponse(const RawHttpResponse &response);
    void onNetworkError(const QString &errorMessage);
    void onPreflightResponse(const RawHttpResponse &response);
    void onActualResponse(const RawHttpResponse &response);
    void followRedirect(const RawHttpResponse &response);
    HeaderLines fetchMetadata(bool includeOrigin, bool isPreflight) const;

    void finishAllowed(SimulationResult::ResponseType type, const HeaderLines &responseHeaders);
    void finishBlocked(const CorsFailure &failure, int status);
    void finish();

    bool isCrossOrigin() const;
    bool credentialsIncluded() const;
    // An XMLHttpRequest upload listener with a body makes even a simple request preflighted.
    bool forcesPreflight() const;
    QList<QByteArray> unsafeNames(const QList<FetchRules::UnsafeHeader> &unsafe) const;

    RawHttpClient m_client;
    PreflightCache m_cache;
    int m_timeoutMilliseconds = 10000;
    bool m_busy = false;

    // The request as the initiator makes it: mode and credentials are Chromium's, not the
    // page's words (see InitiatorFacts).
    FetchRequest m_request;
    InitiatorFacts m_facts;
    SimulationResult m_result;
    Step m_step = Step::Actual;
    QByteArray m_method;
    HeaderLines m_headers;
    QByteArray m_body;
    QUrl m_currentUrl;
    QString m_origin;
    QString m_preflightReason;
    bool m_taintedOrigin = false;
};

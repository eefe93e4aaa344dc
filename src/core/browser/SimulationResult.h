#pragma once

#include "core/browser/CorsChecks.h"
#include "core/browser/CorsFailure.h"
#include "core/browser/FetchRequest.h"
#include "core/browser/LocalNetworkAccess.h"
#include "core/http/RawHttpMessage.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// One request the simulated browser sent (or took from its preflight cache) and its answer.
struct SimulatedExchange
{
    RawHttpRequest request;
    std::optional<RawHttpResponse> response;
    // Preflights only: why the request needed one.
    QString reason;
    bool fromCache = false;
    QList<CorsCheck> checks;
};

// Everything the simulator found out about one request: what went over the wire, what the
// browser checked, the verdict and its words.
struct SimulationResult
{
    enum class ResponseType { Basic, Cors, Opaque, Error };

    QUrl url;
    QString origin;
    FetchRequest::Initiator initiator = FetchRequest::Initiator::Fetch;
    // The Local Network Access step, taken before anything is sent.
    LocalNetworkAccess localNetworkAccess;
    std::optional<SimulatedExchange> preflight;
    // Redirect responses the actual request went through, in order, then the final one.
    QList<SimulatedExchange> redirects;
    std::optional<SimulatedExchange> actual;

    bool allowed = false;
    std::optional<CorsFailure> failure;
    QString chromiumMessage;
    QString firefoxMessage;
    // Made by CorsExplanation::explain(result) from the facts here, so it can be made again
    // in another language.
    QString explanation;
    // The Origin the browser sent last ("null" after a redirect to another origin), the
    // normalised method, whether credentials went along, and the status that failed.
    QString sentOrigin;
    QByteArray method;
    bool credentialsIncluded = false;
    int failedStatus = 0;
    QList<QByteArray> exposedHeaders;
    ResponseType responseType = ResponseType::Error;
    // Things the browser did on its own: dropped forbidden headers, an added Content-Type.
    QStringList notes;

    static QString responseTypeName(ResponseType type);
};

Q_DECLARE_METATYPE(SimulationResult)

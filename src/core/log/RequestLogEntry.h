#pragma once

#include "core/http/HeaderLines.h"
#include "core/http/IncomingRequest.h"
#include "core/http/ServerResponse.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QMetaType>
#include <QString>

// One exchange the embedded server had, whoever sent it: the composer, curl or a browser.
struct RequestLogEntry
{
    // Counts every request since start, so gaps show what the bound dropped.
    quint64 sequence = 0;
    QDateTime receivedAt;
    qint64 durationMicroseconds = 0;
    QHostAddress remoteAddress;

    QByteArray method;
    QString target;
    HeaderLines requestHeaders;

    int status = 0;
    HeaderLines responseHeaders;

    bool isPreflight = false;
    ServerResponse::CorsDecision corsDecision = ServerResponse::CorsDecision::NotCors;
    CorsOutcome corsOutcome;

    QByteArray origin() const { return requestHeaders.firstValue("Origin"); }

    // The request half, as the server received it; `query` is the target's encoded query.
    static RequestLogEntry forRequest(const QHostAddress &remoteAddress,
                                      const IncomingRequest &request, const QString &query)
    {
        RequestLogEntry entry;
        entry.remoteAddress = remoteAddress;
        entry.method = request.method;
        entry.target = query.isEmpty() ? request.path : request.path + u'?' + query;
        entry.requestHeaders = request.headers;
        return entry;
    }

    // The answer half, when the response has been written.
    void recordResponse(const ServerResponse &response, qint64 elapsedMicroseconds)
    {
        receivedAt = QDateTime::currentDateTimeUtc();
        durationMicroseconds = elapsedMicroseconds;
        status = response.status;
        responseHeaders = response.headers;
        isPreflight = response.isPreflight;
        corsDecision = response.corsDecision;
        corsOutcome = response.corsOutcome;
    }
};

Q_DECLARE_METATYPE(RequestLogEntry)

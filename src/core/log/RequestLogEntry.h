#pragma once

#include "core/http/HeaderLines.h"
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
};

Q_DECLARE_METATYPE(RequestLogEntry)

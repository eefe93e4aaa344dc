#pragma once

#include "core/http/RawHttpClient.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

// Blocking wrapper over RawHttpClient for tests: sends one request and waits in a local event
// loop (no polling, so thousands of exchanges stay fast), bounded in time.
inline std::optional<RawHttpResponse> exchange(const RawHttpRequest &request,
                                               QString *errorMessage = nullptr)
{
    RawHttpClient client;
    QEventLoop loop;
    std::optional<RawHttpResponse> response;
    QString error = QStringLiteral("no answer within 10 s");
    QObject::connect(&client, &RawHttpClient::finished, &loop,
                     [&](const RawHttpResponse &received) {
                         response = received;
                         loop.quit();
                     });
    QObject::connect(&client, &RawHttpClient::failed, &loop, [&](const QString &message) {
        error = message;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    client.send(request, 5000);
    loop.exec();
    if (!response && errorMessage)
        *errorMessage = error;
    return response;
}

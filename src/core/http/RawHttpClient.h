#pragma once

#include "core/http/HttpResponseParser.h"
#include "core/http/RawHttpMessage.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <optional>

class QTcpSocket;

// Sends one request exactly as written and reads the response exactly as received.
// QNetworkAccessManager adds headers of its own and merges duplicate response lines; a CORS
// trace must show neither. http and https; one request per connection.
class RawHttpClient : public QObject
{
    Q_OBJECT

public:
    explicit RawHttpClient(QObject *parent = nullptr);
    ~RawHttpClient() override;

    void send(const RawHttpRequest &request, int timeoutMilliseconds = 10000);
    void abort();
    bool isBusy() const;
    qint64 elapsedMilliseconds() const;

Q_SIGNALS:
    void finished(const RawHttpResponse &response);
    void failed(const QString &errorMessage);

private:
    void onReadyRead();
    void onDisconnected();
    void finishWithError(const QString &errorMessage);
    void finishWithResponse();
    void closeSocket();

    QTcpSocket *m_socket = nullptr;
    QTimer m_timeout;
    QElapsedTimer m_elapsed;
    std::optional<HttpResponseParser> m_parser;
};

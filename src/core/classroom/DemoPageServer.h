#pragma once

#include "core/browser/FetchRequest.h"

#include <QAbstractHttpServer>
#include <QJsonObject>
#include <QUrl>

// Serves the real-browser demo page from a second origin. The page fetches the composer's
// current request from here, runs it with the browser's real fetch() against the API, and
// posts the outcome back, which this server reports with outcomeReported().
class DemoPageServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit DemoPageServer(QObject *parent = nullptr);

    // Loopback only, any free port.
    bool start(QString *errorMessage = nullptr);
    quint16 port() const { return m_port; }
    // http://localhost:PORT, so the page's origin differs from the API on 127.0.0.1.
    QString origin() const;
    QUrl pageUrl() const;

    void setRequest(const FetchRequest &request);
    const FetchRequest &request() const { return m_request; }

Q_SIGNALS:
    // ok, status, type, headers (readable names) or error, and the request that was run.
    void outcomeReported(const QJsonObject &outcome);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QByteArray requestJson() const;

    quint16 m_port = 0;
    FetchRequest m_request;
};

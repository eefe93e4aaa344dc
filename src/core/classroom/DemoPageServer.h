#pragma once

#include "core/browser/FetchRequest.h"

#include <QAbstractHttpServer>
#include <QJsonObject>
#include <QUrl>

#include <optional>

// Serves the real-browser demo page from a second origin. The page fetches the composer's
// current request from here, runs it against the API as its initiator sends it (fetch(),
// XMLHttpRequest, a font or an element; resources/demo/run-request.js), and posts the outcome
// back, which this server reports with outcomeReported().
class DemoPageServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // Beside the API's 8000, and fixed so that a policy prepared before class can allow the
    // page's origin, http://localhost:8001.
    static constexpr quint16 DefaultPort = 8001;

    explicit DemoPageServer(QObject *parent = nullptr);

    // Loopback only. When the port is taken (or cannot be used), listens on a free one instead,
    // so a second copy of the app still has its demo page; 0 asks for a free one.
    bool start(quint16 port = DefaultPort, QString *errorMessage = nullptr);
    quint16 port() const { return m_port; }
    // The port given to start() could not be used, so port() is another one.
    bool fellBack() const { return m_fallbackReason.has_value(); }
    quint16 requestedPort() const { return m_requestedPort; }
    // Why the requested port could not be used, as the system put it.
    QString fallbackReason() const { return m_fallbackReason.value_or(QString()); }
    // http://localhost:PORT, so the page's origin differs from the API on 127.0.0.1.
    QString origin() const;
    QUrl pageUrl() const;

    void setRequest(const FetchRequest &request);
    // The flag that makes Chromium treat this page as the request's page address space says
    // ("--ip-address-space-overrides=127.0.0.1:PORT=public"), or empty when the page stays on
    // loopback. The page shows it, so a teacher can start the browser for a Local Network
    // Access demonstration.
    QString addressSpaceFlag() const;
    const FetchRequest &request() const { return m_request; }

Q_SIGNALS:
    // ok, status (not for a font or an element), type, headers (readable names) or error,
    // and the request that was run.
    void outcomeReported(const QJsonObject &outcome);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QByteArray requestJson() const;

    quint16 m_port = 0;
    quint16 m_requestedPort = 0;
    std::optional<QString> m_fallbackReason;
    FetchRequest m_request;
};

#pragma once

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonObject>

// The page's own origin in the conformance suite: serves the page, tells the harness when a
// scenario starts (so it can switch the API's policy before the fetch), and collects each
// scenario's outcome. Any other path is a same-origin endpoint without CORS headers.
class ConformancePageServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit ConformancePageServer(QObject *parent = nullptr);

    bool start();
    // The page can name its own port only once the server listens.
    void setPage(const QByteArray &page) { m_page = page; }
    quint16 port() const { return m_port; }
    // "http://localhost:PORT": a different origin from the API on 127.0.0.1.
    QString origin() const;
    // Another host name for the origin, one the browser is told maps to 127.0.0.1 (a plain-http
    // public site, not a secure context).
    void setHost(const QString &host) { m_host = host; }

    const QHash<int, QJsonObject> &results() const { return m_results; }
    bool isDone() const { return m_done; }
    // Forgets the results, for the next browser's run of the same page.
    void reset()
    {
        m_results.clear();
        m_done = false;
    }

Q_SIGNALS:
    void scenarioStarting(int index);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QByteArray m_page;
    quint16 m_port = 0;
    QString m_host = QStringLiteral("localhost");
    QHash<int, QJsonObject> m_results;
    bool m_done = false;
};

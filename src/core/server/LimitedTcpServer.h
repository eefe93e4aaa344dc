#pragma once

#include "ServerLimits.h"

#include <QSet>
#include <QTcpServer>
#include <QTimer>

class ConnectionGuard;

// A listening socket that puts a ConnectionGuard on every connection before Qt's HTTP server
// sees it, refuses connections beyond the limit with 503 and closes idle ones.
class LimitedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit LimitedTcpServer(const ServerLimits &limits, QObject *parent = nullptr);

    qsizetype connectionCount() const { return m_guards.size(); }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void closeIdleConnections();

    ServerLimits m_limits;
    QSet<ConnectionGuard *> m_guards;
    QTimer m_idleSweep;
};

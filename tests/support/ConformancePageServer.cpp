#include "support/ConformancePageServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

ConformancePageServer::ConformancePageServer(QObject *parent)
    : QAbstractHttpServer(parent)
{ }

bool ConformancePageServer::start()
{
    m_port = listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QString ConformancePageServer::origin() const
{
    return u"http://%1:%2"_s.arg(m_host).arg(m_port);
}

bool ConformancePageServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    if (qEnvironmentVariableIsSet("CONFORMANCE_DEBUG"))
        qInfo("page server: %s", qPrintable(path));
    auto responder = makeResponder(request, socket);
    if (path == u"/") {
        responder.write(m_page, "text/html; charset=utf-8");
    } else if (path.startsWith(u"/begin/")) {
        Q_EMIT scenarioStarting(path.section(u'/', 2).toInt());
        responder.write("ok", "text/plain");
    } else if (path.startsWith(u"/result/")) {
        m_results.insert(path.section(u'/', 2).toInt(),
                         QJsonDocument::fromJson(request.body()).object());
        responder.write("ok", "text/plain");
    } else if (path == u"/done") {
        m_done = true;
        responder.write("ok", "text/plain");
    } else if (path == u"/favicon.ico") {
        responder.write(QHttpServerResponder::StatusCode::NotFound);
    } else {
        responder.write(R"({"same_origin":true})", "application/json");
    }
    return true;
}

void ConformancePageServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

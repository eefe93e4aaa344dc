#include "core/classroom/DemoPageServer.h"

#include "core/browser/FetchRequestJson.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>

using namespace Qt::Literals::StringLiterals;

DemoPageServer::DemoPageServer(QObject *parent)
    : QAbstractHttpServer(parent)
{ }

bool DemoPageServer::start(quint16 port, QString *errorMessage)
{
    m_port = 0;
    m_requestedPort = port;
    m_fallbackReason.reset();
    // A QTcpServer of our own rather than QAbstractHttpServer::listen(), which logs a busy
    // port as a critical error and hides why it failed.
    auto *tcpServer = new QTcpServer(this);
    if (!tcpServer->listen(QHostAddress::LocalHost, port) && port != 0) {
        m_fallbackReason = tcpServer->errorString();
        tcpServer->listen(QHostAddress::LocalHost, 0);
    }
    if (!tcpServer->isListening()) {
        if (errorMessage)
            *errorMessage = tr("the demo page server could not listen on 127.0.0.1: %1")
                                .arg(tcpServer->errorString());
        delete tcpServer;
        return false;
    }
    bind(tcpServer);
    m_port = tcpServer->serverPort();
    return true;
}

QString DemoPageServer::origin() const
{
    return u"http://localhost:%1"_s.arg(m_port);
}

QUrl DemoPageServer::pageUrl() const
{
    return QUrl(origin() + u"/"_s);
}

void DemoPageServer::setRequest(const FetchRequest &request)
{
    m_request = request;
}

QString DemoPageServer::addressSpaceFlag() const
{
    const AddressSpace space = m_request.pageAddressSpace.value_or(AddressSpace::Loopback);
    if (space == AddressSpace::Loopback)
        return {};
    return u"--ip-address-space-overrides=127.0.0.1:%1=%2"_s.arg(m_port).arg(
        AddressSpaces::name(space));
}

QByteArray DemoPageServer::requestJson() const
{
    QJsonArray headers;
    for (const auto &line : m_request.headers.lines())
        headers.append(
            QJsonArray{QString::fromLatin1(line.first), QString::fromLatin1(line.second)});
    QJsonObject object{
        {u"url"_s, m_request.url.toString()},
        {u"method"_s, m_request.method},
        {u"headers"_s, headers},
        {u"body"_s,
         m_request.body.isNull() ? QJsonValue() : QJsonValue(QString::fromUtf8(m_request.body))},
        {u"credentials"_s, FetchRequest::credentialsName(m_request.credentials)},
        {u"mode"_s, FetchRequest::modeName(m_request.mode)},
        {u"initiator"_s, FetchRequest::initiatorName(m_request.initiator)},
        {u"crossorigin"_s, FetchRequest::crossOriginName(m_request.crossOrigin)},
        {u"upload_listener"_s, m_request.uploadListener}};
    FetchRequestJson::writeLocalNetworkAccess(m_request, &object);
    if (const QString flag = addressSpaceFlag(); !flag.isEmpty())
        object.insert(u"browser_flag"_s, flag);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool DemoPageServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    auto responder = makeResponder(request, socket);
    if (path == u"/") {
        QFile page(u":/demo/index.html"_s);
        page.open(QIODevice::ReadOnly);
        responder.write(page.readAll(), "text/html; charset=utf-8");
    } else if (path == u"/run-request.js") {
        QFile script(u":/demo/run-request.js"_s);
        script.open(QIODevice::ReadOnly);
        responder.write(script.readAll(), "text/javascript; charset=utf-8");
    } else if (path == u"/request") {
        responder.write(requestJson(), "application/json");
    } else if (path == u"/outcome" && request.method() == QHttpServerRequest::Method::Post) {
        Q_EMIT outcomeReported(QJsonDocument::fromJson(request.body()).object());
        responder.write("ok", "text/plain");
    } else {
        responder.write(QHttpServerResponder::StatusCode::NotFound);
    }
    return true;
}

void DemoPageServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

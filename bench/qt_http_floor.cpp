// The floor under `serve`: Qt 6.4's QAbstractHttpServer answering every request with constant
// bytes in one write, without the CORS rules, the request log or the request checks, on one
// thread with the same event loop as `serve` (QT_NO_GLIB). bench/throughput.sh measures it
// beside the others: the gap to nginx is what Qt's own request handling costs.
#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>

namespace {

class FixedAnswerServer : public QAbstractHttpServer
{
protected:
    // nginx's configuration in bench/throughput/nginx.conf.in, as constant answers: the CORS
    // headers only for the allowed origin, a fixed preflight, a fixed body.
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const bool allowed = request.value("Origin") == "https://app.example";
        const QByteArray cors = allowed
            ? QByteArray("Access-Control-Allow-Origin: https://app.example\r\n"
                         "Access-Control-Allow-Credentials: true\r\n")
            : QByteArray();
        if (request.method() == QHttpServerRequest::Method::Options) {
            socket->write("HTTP/1.1 204 No Content\r\n" + cors
                          + "Access-Control-Allow-Methods: GET, POST, PUT, DELETE\r\n"
                            "Access-Control-Allow-Headers: X-API-Key, Content-Type\r\n"
                            "Access-Control-Max-Age: 600\r\nVary: Origin\r\n\r\n");
            return true;
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + cors
                      + "Access-Control-Expose-Headers: X-Request-ID\r\nVary: Origin\r\n"
                        "Content-Length: 11\r\n\r\n{\"ok\":true}");
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication application(argc, argv);
    const quint16 port = argc > 1 ? quint16(QString::fromLocal8Bit(argv[1]).toUInt()) : 0;
    FixedAnswerServer server;
    auto *tcpServer = new QTcpServer(&server);
    if (!tcpServer->listen(QHostAddress::LocalHost, port)) {
        QTextStream(stderr) << "qt_http_floor: " << tcpServer->errorString() << '\n';
        return 1;
    }
    server.bind(tcpServer);
    QTextStream(stdout) << "listening on http://127.0.0.1:" << tcpServer->serverPort() << Qt::endl;
    return QCoreApplication::exec();
}

#include "core/http/RawHttpMessage.h"

QByteArray RawHttpRequest::serialize() const
{
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();

    QByteArray bytes = method + ' ' + target + " HTTP/1.1\r\n";
    if (!headers.contains("Host")) {
        QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
        if (host.contains(':'))
            host = '[' + host + ']';
        if (url.port() > 0)
            host += ':' + QByteArray::number(url.port());
        bytes += "Host: " + host + "\r\n";
    }
    for (const auto &line : headers.lines())
        bytes += line.first + ": " + line.second + "\r\n";
    if (!body.isEmpty() && !headers.contains("Content-Length"))
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    bytes += "\r\n";
    bytes += body;
    return bytes;
}

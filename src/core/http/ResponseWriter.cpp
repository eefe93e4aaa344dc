#include "core/http/ResponseWriter.h"

#include "core/http/HttpSyntax.h"

namespace ResponseWriter {

QByteArray statusLine(int status)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + HttpSyntax::reasonPhrase(status)
        + "\r\n";
}

QByteArray message(int status, const HeaderLines &headers, QByteArrayView body)
{
    // Sized up front: the answer to every request goes through here.
    qsizetype size = 64 + body.size();
    for (const auto &line : headers.lines())
        size += line.first.size() + line.second.size() + 4;
    QByteArray bytes;
    bytes.reserve(size);
    bytes += statusLine(status);
    for (const auto &line : headers.lines()) {
        bytes += line.first;
        bytes += ": ";
        bytes += line.second;
        bytes += "\r\n";
    }
    bytes += "\r\n";
    bytes += body;
    return bytes;
}

QByteArray plainText(int status, QByteArrayView text)
{
    QByteArray body;
    body.reserve(text.size() + 1);
    body += text;
    body += '\n';
    const HeaderLines headers{{"Content-Type", "text/plain; charset=utf-8"},
                              {"Content-Length", QByteArray::number(body.size())},
                              {"Connection", "close"}};
    return message(status, headers, body);
}

} // namespace ResponseWriter

#pragma once

#include "core/http/HeaderLines.h"

#include <QByteArray>
#include <QMetaType>
#include <QUrl>

// An HTTP/1.1 request as it will be written to the socket, byte for byte.
struct RawHttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HeaderLines headers;
    QByteArray body;

    // The request line, Host (unless given), the header lines in order, Content-Length when
    // there is a body and none was given, then the body.
    QByteArray serialize() const;
};

// A response as it arrived: header lines keep their order, case and duplicates.
struct RawHttpResponse
{
    QByteArray httpVersion;
    int status = 0;
    QByteArray reasonPhrase;
    HeaderLines headers;
    QByteArray body;
};

Q_DECLARE_METATYPE(RawHttpResponse)

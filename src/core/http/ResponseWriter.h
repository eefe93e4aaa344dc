#pragma once

#include "core/http/HeaderLines.h"

#include <QByteArray>
#include <QByteArrayView>

// The bytes of an HTTP/1.1 response as the embedded server sends them, assembled in one buffer
// so that each answer is one write and one system call. The only place in the server that
// formats a status line. Pure functions: safe from any thread.
namespace ResponseWriter {

// "HTTP/1.1 404 Not Found\r\n"; a code without a standard reason phrase keeps the space
// ("HTTP/1.1 299 \r\n"), which is still a valid status line.
QByteArray statusLine(int status);

// The status line, the header lines exactly as given (order, case and duplicates are the
// lesson in manual mode), the blank line, then the body. Adds no line of its own: the caller
// decides Content-Length and whether a body goes out at all (not for HEAD, 204 or 304).
QByteArray message(int status, const HeaderLines &headers, QByteArrayView body = {});

// A short text/plain answer that says why, then closes: what the server's refusals send
// (400, 408, 413, 431, 503, 505). A newline ends the text so that curl's output stays tidy.
QByteArray plainText(int status, QByteArrayView text);

} // namespace ResponseWriter

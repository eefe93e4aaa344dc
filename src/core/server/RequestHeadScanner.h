#pragma once

#include "core/server/ServerLimits.h"

#include <QByteArray>
#include <QByteArrayView>

// Checks the head of an HTTP/1 request (request line and header lines) as its bytes arrive,
// before Qt 6.4's lenient parser sees them: that parser answers "HTTP/9.9", header lines
// without a colon, NUL bytes and negative Content-Length as if they were fine, and buffers
// any amount. The first problem found decides the answer: 400, 431 or 505.
class RequestHeadScanner
{
public:
    struct Refusal
    {
        int status = 0;
        QByteArray explanation;
    };

    explicit RequestHeadScanner(const ServerLimits &limits = ServerLimits());

    // Reads up to the blank line that ends the head and returns how many bytes it used.
    qsizetype feed(QByteArrayView data);
    void reset();

    bool isComplete() const { return m_complete; }
    bool isRefused() const { return m_refusal.status != 0; }
    const Refusal &refusal() const { return m_refusal; }
    qint64 headBytes() const { return m_headBytes; }
    // The method token exactly as sent: Qt 6.4 names only nine methods, and only in upper case.
    // Empty until the request line has been read.
    const QByteArray &method() const { return m_method; }

private:
    void acceptLine();
    void checkLine(QByteArrayView line);
    void checkRequestLine(QByteArrayView line);
    void checkHeaderLine(QByteArrayView line);
    void refuse(int status, const QByteArray &explanation);

    ServerLimits m_limits;
    QByteArray m_line;
    QByteArray m_method;
    qint64 m_headBytes = 0;
    int m_headerLines = 0;
    bool m_sawRequestLine = false;
    bool m_complete = false;
    Refusal m_refusal;
};

#include "support/RawClients.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QtEndian>

#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace RawClients {

// Sends raw bytes and collects everything the server answers until it closes
// (or the time runs out). Blocking on purpose: the server has its own thread
// and must not need this one.
QByteArray exchange(quint16 port, const QByteArray &bytes, int timeoutMilliseconds)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMilliseconds))
        return {};
    socket.write(bytes);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMilliseconds) {
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(100);
        else if (!socket.waitForReadyRead(100) && socket.state() != QAbstractSocket::ConnectedState)
            break;
        answer += socket.readAll();
        if (socket.state() == QAbstractSocket::UnconnectedState)
            break;
    }
    return answer + socket.readAll();
}

QByteArray statusLine(const QByteArray &answer)
{
    return answer.left(answer.indexOf("\r\n"));
}

// Waits for the server to close the socket, which may have happened in an
// earlier event loop.
bool closedByServer(QTcpSocket &socket)
{
    return socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(5000);
}

// The soft descriptor limit raised to the hard one, as the server does; returns
// the hard one.
quint64 raiseDescriptorLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    limit.rlim_cur = limit.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &limit);
    return limit.rlim_max;
}

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const auto match
        = QRegularExpression(u"VmRSS:\\s+(\\d+) kB"_s).match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

// A client as a plain descriptor, not a QTcpSocket: thousands of them cost this
// process next to nothing, so the growth of its resident memory is the
// server's. -1 if it failed.
int openDescriptorClient(quint16 port, const QByteArray &bytes)
{
    const int descriptor = ::socket(AF_INET, SOCK_STREAM, 0);
    if (descriptor < 0)
        return -1;
    // Bounds the blocking connect and send on a server that stopped accepting.
    const timeval timeout{5, 0};
    ::setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = qToBigEndian(port);
    address.sin_addr.s_addr = qToBigEndian(quint32(0x7f000001));
    if (::connect(descriptor, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0
        && ::send(descriptor, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL)
            == bytes.size())
        return descriptor;
    ::close(descriptor);
    return -1;
}

void closeDescriptorClient(int descriptor)
{
    if (descriptor >= 0)
        ::close(descriptor);
}

} // namespace RawClients

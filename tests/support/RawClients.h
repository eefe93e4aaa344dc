#pragma once

#include <QByteArray>
#include <QtGlobal>

// Clients for the server's limit tests and benchmarks-in-tests: raw bytes over
// loopback, plain descriptors by the thousand, and the figures (descriptor
// limit, resident memory) they need. Blocking on purpose: the server under test
// has its own thread and must not need this one.

class QTcpSocket;

namespace RawClients {

// Sends raw bytes and collects everything the server answers until it closes
// (or the time runs out).
QByteArray exchange(quint16 port, const QByteArray &bytes, int timeoutMilliseconds = 5000);
// The first line of an answer.
QByteArray statusLine(const QByteArray &answer);
// Waits for the server to close the socket, which may have happened in an
// earlier event loop.
bool closedByServer(QTcpSocket &socket);
// The soft descriptor limit raised to the hard one, as the server does; returns
// the hard one, or 0 where there is no such limit.
quint64 raiseDescriptorLimit();
// This process's resident memory (VmRSS), or -1 where /proc does not say.
qint64 residentKiB();
// A client as a plain descriptor, not a QTcpSocket: thousands of them cost this
// process next to nothing, so the growth of its resident memory is the
// server's. -1 if it failed.
int openDescriptorClient(quint16 port, const QByteArray &bytes);
// Closes what openDescriptorClient() opened.
void closeDescriptorClient(int descriptor);

} // namespace RawClients

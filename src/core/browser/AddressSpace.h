#pragma once

#include <QList>
#include <QString>

class QHostAddress;

// Local Network Access's address spaces, from the least private to the most: a public
// website, a device on the local network, this machine. A plain value, safe on any thread.
enum class AddressSpace { Public, Local, Loopback };

namespace AddressSpaces {

// "public", "local", "loopback": the words of Chromium's messages and of `check`.
QString name(AddressSpace space);
bool parse(const QString &name, AddressSpace *space);
QList<AddressSpace> all();

// The space Chromium 156 puts an address in: loopback for 127.0.0.0/8 and ::1; local for the
// private ranges (10/8, 172.16/12, 192.168/16, 100.64/10, 169.254/16, fc00::/7, fe80::/10);
// public for the rest.
AddressSpace ofAddress(const QHostAddress &address);
// The space of a URL's host as written: an address literal as above, "localhost" and
// "*.localhost" loopback, "*.local" (mDNS) local. Any other name is taken as public, because
// the simulator does not resolve names (`check --url` resolves them itself).
AddressSpace ofHost(const QString &host);
// Whether a request from `page` to `resource` goes into a more private space.
bool isMorePrivate(AddressSpace resource, AddressSpace page);

} // namespace AddressSpaces

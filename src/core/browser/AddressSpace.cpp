#include "core/browser/AddressSpace.h"

#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

namespace AddressSpaces {

QString name(AddressSpace space)
{
    switch (space) {
    case AddressSpace::Public:
        return u"public"_s;
    case AddressSpace::Local:
        return u"local"_s;
    case AddressSpace::Loopback:
        return u"loopback"_s;
    }
    return {};
}

bool parse(const QString &text, AddressSpace *space)
{
    for (const AddressSpace candidate : all()) {
        if (name(candidate) == text) {
            *space = candidate;
            return true;
        }
    }
    return false;
}

QList<AddressSpace> all()
{
    return {AddressSpace::Public, AddressSpace::Local, AddressSpace::Loopback};
}

AddressSpace ofAddress(const QHostAddress &address)
{
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    if (isIpv4) {
        // 0.0.0.0 reaches this machine's own servers, so Chromium counts it as loopback.
        if ((ipv4 >> 24) == 127 || ipv4 == 0)
            return AddressSpace::Loopback;
        static const QList<QPair<QHostAddress, int>> privateRanges{
            QHostAddress::parseSubnet(u"10.0.0.0/8"_s),
            QHostAddress::parseSubnet(u"172.16.0.0/12"_s),
            QHostAddress::parseSubnet(u"192.168.0.0/16"_s),
            QHostAddress::parseSubnet(u"100.64.0.0/10"_s),
            QHostAddress::parseSubnet(u"169.254.0.0/16"_s)};
        const QHostAddress plain(ipv4);
        for (const auto &range : privateRanges) {
            if (plain.isInSubnet(range))
                return AddressSpace::Local;
        }
        return AddressSpace::Public;
    }
    if (address.isLoopback())
        return AddressSpace::Loopback;
    static const QPair<QHostAddress, int> uniqueLocal = QHostAddress::parseSubnet(u"fc00::/7"_s);
    static const QPair<QHostAddress, int> linkLocal = QHostAddress::parseSubnet(u"fe80::/10"_s);
    if (address.isInSubnet(uniqueLocal) || address.isInSubnet(linkLocal))
        return AddressSpace::Local;
    return AddressSpace::Public;
}

AddressSpace ofHost(const QString &host)
{
    QString bare = host.toLower();
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    const QHostAddress address(bare);
    if (!address.isNull())
        return ofAddress(address);
    if (bare == u"localhost" || bare.endsWith(u".localhost"))
        return AddressSpace::Loopback;
    if (bare.endsWith(u".local"))
        return AddressSpace::Local;
    return AddressSpace::Public;
}

bool isMorePrivate(AddressSpace resource, AddressSpace page)
{
    return static_cast<int>(resource) > static_cast<int>(page);
}

} // namespace AddressSpaces

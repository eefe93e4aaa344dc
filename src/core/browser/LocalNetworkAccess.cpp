#include "core/browser/LocalNetworkAccess.h"

#include "core/http/Origin.h"

using namespace Qt::Literals::StringLiterals;

LocalNetworkAccess LocalNetworkAccess::check(const FetchRequest &request)
{
    LocalNetworkAccess access;
    access.pageSpace = request.effectivePageAddressSpace();
    access.resourceSpace = request.effectiveServerAddressSpace();
    // targetAddressSpace is an option of fetch() alone.
    if (request.initiator == FetchRequest::Initiator::Fetch)
        access.targetSpace = request.targetAddressSpace;
    access.permission = request.localNetworkPermission;
    access.pageIsSecureContext = Origin::parse(request.pageOrigin).isPotentiallyTrustworthy();
    using Permission = FetchRequest::LocalNetworkPermission;
    if (access.targetSpace && *access.targetSpace != access.resourceSpace)
        access.step = Step::TargetMismatch;
    else if (!access.isGated())
        access.step = Step::NotGated;
    else if (!access.pageIsSecureContext)
        access.step = Step::InsecureContext;
    else if (access.permission == Permission::Granted)
        access.step = Step::Granted;
    else if (access.permission == Permission::Denied)
        access.step = Step::Denied;
    else
        access.step = Step::Prompted;
    return access;
}

LocalNetworkAccess LocalNetworkAccess::checkRedirect(const FetchRequest &request,
                                                     const QUrl &location)
{
    FetchRequest hop = request;
    const bool sameServer = location.host() == request.url.host()
        && location.port(Origin::defaultPort(location.scheme()))
            == request.url.port(Origin::defaultPort(request.url.scheme()));
    if (sameServer)
        hop.serverAddressSpace = request.effectiveServerAddressSpace();
    else if (Origin::matchesUrl(request.pageOrigin, location))
        hop.serverAddressSpace = request.effectivePageAddressSpace();
    else
        hop.serverAddressSpace = AddressSpaces::ofHost(location.host());
    hop.targetAddressSpace.reset();
    return check(hop);
}

QString LocalNetworkAccess::stepName(Step step)
{
    switch (step) {
    case Step::NotGated:
        return u"not-gated"_s;
    case Step::Granted:
        return u"granted"_s;
    case Step::TargetMismatch:
        return u"target-mismatch"_s;
    case Step::InsecureContext:
        return u"insecure-context"_s;
    case Step::Denied:
        return u"denied"_s;
    case Step::Prompted:
        return u"prompted"_s;
    }
    return {};
}

bool LocalNetworkAccess::isGated() const
{
    const bool localToLoopback
        = pageSpace == AddressSpace::Local && resourceSpace == AddressSpace::Loopback;
    return AddressSpaces::isMorePrivate(resourceSpace, pageSpace) && !localToLoopback;
}

bool LocalNetworkAccess::refuses() const
{
    return step != Step::NotGated && step != Step::Granted;
}

std::optional<CorsFailure> LocalNetworkAccess::failure() const
{
    CorsFailure failure;
    failure.addressSpace = AddressSpaces::name(resourceSpace);
    switch (step) {
    case Step::NotGated:
    case Step::Granted:
        return std::nullopt;
    case Step::TargetMismatch:
        failure.kind = CorsErrorKind::InvalidPrivateNetworkAccess;
        failure.detail = AddressSpaces::name(*targetSpace);
        break;
    case Step::InsecureContext:
        failure.kind = CorsErrorKind::InsecurePrivateNetwork;
        break;
    case Step::Denied:
    case Step::Prompted:
        failure.kind = CorsErrorKind::LocalNetworkAccessPermissionDenied;
        break;
    }
    return failure;
}

QString LocalNetworkAccess::neededPermission() const
{
    return resourceSpace == AddressSpace::Loopback ? u"loopback-network"_s : u"local-network"_s;
}

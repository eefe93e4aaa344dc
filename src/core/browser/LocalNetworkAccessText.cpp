#include "core/browser/LocalNetworkAccessText.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LocalNetworkAccessText)
};

QString spaceName(AddressSpace space)
{
    return AddressSpaces::name(space);
}

QString nothingSent()
{
    return Text::tr("Chromium refused it before sending anything, not even a preflight, so "
                    "nothing reached the server and no CORS header can change this.");
}

QString targetFix(const QString &target, const QString &resource)
{
    return Text::tr("fetch() was told targetAddressSpace: '%1', but the server is in the %2 "
                    "address space. Chromium checks this first, whatever the user allowed. "
                    "Fix: pass targetAddressSpace: '%2', or leave the option out (it is only "
                    "needed for an https page calling a plain-http device on the local network).")
               .arg(target, resource)
        + u' '
        + Text::tr("Firefox ESR reads no targetAddressSpace: it goes on to its own Local Network "
                   "Access check.");
}

QString insecureFix(const QString &resource)
{
    return Text::tr("The page is not a secure context (plain http on a host that is not this "
                    "machine) and the server is in the more private %1 address space. Chromium "
                    "does not even ask the user: it refuses. Fix: serve the page over https (or "
                    "from http://localhost while you develop), then the user can allow it.")
               .arg(resource)
        + u' '
        + Text::tr("Firefox ESR does not refuse an insecure page: it would ask the user instead.");
}

QString permissionFix()
{
    return Text::tr("Fix: the user allows the site when Chromium asks, or later in the site's "
                    "settings (Local network access); or put the API where the page can reach it "
                    "without a permission: on a public address, or in the same address space as "
                    "the page (in development, serve the page from localhost too). Answering "
                    "Access-Control-Allow-Private-Network has no effect: Chromium 156 no longer "
                    "sends that preflight.");
}

} // namespace

namespace LocalNetworkAccessText {

QString spaces(const LocalNetworkAccess &access)
{
    return Text::tr("Local Network Access (page %1 → server %2)")
        .arg(spaceName(access.pageSpace), spaceName(access.resourceSpace));
}

QString step(const LocalNetworkAccess &access)
{
    QString answer;
    switch (access.step) {
    case LocalNetworkAccess::Step::NotGated:
        answer = access.pageSpace == AddressSpace::Local
                && access.resourceSpace == AddressSpace::Loopback
            ? Text::tr("a local page may call loopback without asking")
            : Text::tr("not more private, nothing to ask");
        break;
    case LocalNetworkAccess::Step::Granted:
        answer = Text::tr("the user allowed %1").arg(access.neededPermission());
        break;
    case LocalNetworkAccess::Step::TargetMismatch:
        answer = Text::tr("targetAddressSpace '%1' is not the server's space: refused")
                     .arg(spaceName(*access.targetSpace));
        break;
    case LocalNetworkAccess::Step::InsecureContext:
        answer = Text::tr("the page is not a secure context: refused without asking");
        break;
    case LocalNetworkAccess::Step::Denied:
        answer = Text::tr("the user blocked %1: refused").arg(access.neededPermission());
        break;
    case LocalNetworkAccess::Step::Prompted:
        answer = Text::tr("%1 not answered: refused, as when the prompt is dismissed")
                     .arg(access.neededPermission());
        break;
    }
    return spaces(access) + u": "_s + answer;
}

QString preview(const LocalNetworkAccess &access)
{
    if (access.isGated())
        return spaces(access) + u": "_s
            + Text::tr("needs the %1 permission before anything is sent")
                  .arg(access.neededPermission());
    if (access.targetSpace)
        return spaces(access) + u": "_s
            + Text::tr("targetAddressSpace '%1'").arg(spaceName(*access.targetSpace));
    return {};
}

QString diagramLabel(const LocalNetworkAccess &access)
{
    switch (access.step) {
    case LocalNetworkAccess::Step::TargetMismatch:
        return Text::tr("targetAddressSpace '%1' ≠ %2")
            .arg(spaceName(*access.targetSpace), spaceName(access.resourceSpace));
    case LocalNetworkAccess::Step::InsecureContext:
        return Text::tr("%1: page not a secure context").arg(access.neededPermission());
    case LocalNetworkAccess::Step::Granted:
        return Text::tr("%1: allowed").arg(access.neededPermission());
    case LocalNetworkAccess::Step::Denied:
        return Text::tr("%1: blocked").arg(access.neededPermission());
    case LocalNetworkAccess::Step::Prompted:
        return Text::tr("%1: asked, dismissed").arg(access.neededPermission());
    case LocalNetworkAccess::Step::NotGated:
        break;
    }
    return {};
}

QString explain(const LocalNetworkAccess &access, const QString &pageOrigin)
{
    const QString resource = spaceName(access.resourceSpace);
    switch (access.step) {
    case LocalNetworkAccess::Step::TargetMismatch:
        return nothingSent() + u' ' + targetFix(spaceName(*access.targetSpace), resource);
    case LocalNetworkAccess::Step::InsecureContext:
        return nothingSent() + u' ' + insecureFix(resource);
    case LocalNetworkAccess::Step::Denied:
    case LocalNetworkAccess::Step::Prompted: {
        QString text = Text::tr("The page %1 is in the %2 address space and the server in the "
                                "more private %3 one (Local Network Access, Chromium 142 and "
                                "later): Chromium needs the user's %4 permission first.")
                           .arg(pageOrigin, spaceName(access.pageSpace), resource,
                                access.neededPermission());
        text += u' '
            + (access.step == LocalNetworkAccess::Step::Denied
                   ? Text::tr("The user blocked it.")
                   : Text::tr("The permission is still to be asked (prompt): Chromium shows the "
                              "prompt and sends nothing while it waits. This verdict is what "
                              "follows when the user blocks or dismisses it, as headless "
                              "Chromium does; with the permission granted the request goes "
                              "ahead and CORS applies as usual."));
        return text + u' ' + nothingSent() + u' ' + permissionFix();
    }
    case LocalNetworkAccess::Step::NotGated:
    case LocalNetworkAccess::Step::Granted:
        break;
    }
    return {};
}

QString explain(const CorsFailure &failure)
{
    switch (failure.kind) {
    case CorsErrorKind::InvalidPrivateNetworkAccess:
        return nothingSent() + u' ' + targetFix(failure.detail, failure.addressSpace);
    case CorsErrorKind::InsecurePrivateNetwork:
        return nothingSent() + u' ' + insecureFix(failure.addressSpace);
    case CorsErrorKind::LocalNetworkAccessPermissionDenied:
        return Text::tr("The page called a server in the more private %1 address space (Local "
                        "Network Access, Chromium 142 and later), and the user has not allowed "
                        "it: they blocked or dismissed Chromium's prompt.")
                   .arg(failure.addressSpace)
            + u' ' + nothingSent() + u' ' + permissionFix();
    default:
        return {};
    }
}

QString onRedirect(const QUrl &firstUrl)
{
    return Text::tr("%1 answered with a redirect, and Chromium takes the Local Network Access "
                    "step again for each hop, against the address space of the hop's server.")
        .arg(firstUrl.toString());
}

QString afterGrant(const LocalNetworkAccess &access)
{
    if (access.step != LocalNetworkAccess::Step::Granted)
        return {};
    return Text::tr("The user allowed the page to reach the %1 address space (%2), so the "
                    "request was sent and CORS applied as usual.")
        .arg(spaceName(access.resourceSpace), access.neededPermission());
}

} // namespace LocalNetworkAccessText

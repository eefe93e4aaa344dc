#pragma once

#include "core/browser/AddressSpace.h"
#include "core/browser/CorsFailure.h"
#include "core/browser/FetchRequest.h"

#include <optional>

// Chromium 156's Local Network Access step, taken before anything is sent (not even a
// preflight): a page may reach a more private address space only with the user's permission,
// and only from a secure context. The order of the checks is the one observed in headless
// Chromium here (docs/research/issue16-lna-observations.md): fetch()'s targetAddressSpace
// first, against every space; then, if the resource is more private than the page (a local
// page calling loopback is not gated), the secure context; then the permission. A plain value.
struct LocalNetworkAccess
{
    enum class Step {
        // Same space, or towards a less private one, or a local page calling loopback.
        NotGated,
        // The user allowed it: the request goes ahead and CORS applies as usual.
        Granted,
        // fetch()'s targetAddressSpace is not the resource's space.
        TargetMismatch,
        // The page is not a secure context, so Chromium does not even ask.
        InsecureContext,
        // The user blocked it.
        Denied,
        // Chromium asks; nothing is sent while it does. The verdict is what follows when the
        // prompt is dismissed, as headless Chromium does.
        Prompted,
    };

    AddressSpace pageSpace = AddressSpace::Public;
    AddressSpace resourceSpace = AddressSpace::Public;
    std::optional<AddressSpace> targetSpace;
    FetchRequest::LocalNetworkPermission permission = FetchRequest::LocalNetworkPermission::Prompt;
    bool pageIsSecureContext = true;
    Step step = Step::NotGated;

    static LocalNetworkAccess check(const FetchRequest &request);
    // The same step for a redirect's next hop, which Chromium takes again against the hop's
    // own space: the first server's when the hop goes back to its host and port, the page's
    // for the page's own origin, else that of the location's host as written
    // (AddressSpaces::ofHost). targetAddressSpace is left to the first request.
    static LocalNetworkAccess checkRedirect(const FetchRequest &request, const QUrl &location);
    // "not-gated", "granted", "target-mismatch", "insecure-context", "denied", "prompted".
    static QString stepName(Step step);
    // Whether the request needs the permission at all (whatever the answer).
    bool isGated() const;
    bool refuses() const;
    // The failure Chromium reports, for the steps that refuse the request.
    std::optional<CorsFailure> failure() const;
    // "loopback-network" or "local-network": the permission the request needs.
    QString neededPermission() const;
    // Whether the step can change anything for this request (it is gated, or has a
    // targetAddressSpace to check), so the trace shows it.
    bool isWorthShowing() const { return isGated() || targetSpace.has_value(); }
};

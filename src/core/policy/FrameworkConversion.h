#pragma once

#include "core/policy/CorsPolicy.h"

#include <QStringList>

// Carries a policy's intent from one framework's options to another's, for the editor's
// framework switch and the "Compare frameworks" view: the origins, methods and headers
// allowed, credentials, exposed headers and the preflight cache, each written the way the
// target library says it. What the target cannot say is named by its source field
// ("express.preflightContinue"), so the window can tell the user.
namespace FrameworkConversion {

struct Result
{
    CorsPolicy policy;
    // Source fields whose meaning did not carry over.
    QStringList notCarried;
};

// The policy with target as its framework and target's options rewritten from the current
// framework's; every other setting (manual mode, the other frameworks) is kept.
Result convert(const CorsPolicy &policy, CorsPolicy::Framework target);

} // namespace FrameworkConversion

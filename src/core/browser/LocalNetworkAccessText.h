#pragma once

#include "core/browser/CorsFailure.h"
#include "core/browser/LocalNetworkAccess.h"

#include <QString>
#include <QUrl>

// The playground's words for the Local Network Access step, in the current language: the
// trace's and the diagram's line for the step, and the explanation of a refusal with its fix.
// LocalNetworkAccess decides; the words are made here.
namespace LocalNetworkAccessText {

// One line for the trace: "Local Network Access (page public → server loopback): ...".
QString step(const LocalNetworkAccess &access);
// The spaces alone, with no answer: for predict mode, which keeps the verdict until Reveal.
QString spaces(const LocalNetworkAccess &access);
// What the composer can say before sending: the facts, never the verdict.
QString preview(const LocalNetworkAccess &access);
// A short label for the sequence diagram's permission step, e.g. "loopback-network: denied".
QString diagramLabel(const LocalNetworkAccess &access);
// Why the request was refused and how to fix it, from the full step (the simulator's verdict).
QString explain(const LocalNetworkAccess &access, const QString &pageOrigin);
// The same from a console message alone (diagnose), which does not say what the user answered.
QString explain(const CorsFailure &failure);
// Put before the explanation when the refused request was a redirect's next hop.
QString onRedirect(const QUrl &firstUrl);
// What a granted permission adds to a verdict reached after it.
QString afterGrant(const LocalNetworkAccess &access);

} // namespace LocalNetworkAccessText

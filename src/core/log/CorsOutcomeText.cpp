#include "core/log/CorsOutcomeText.h"

#include <QCoreApplication>

namespace {

// The translation contexts these strings have always had, so no translation is lost.
struct MiddlewareText
{
    Q_DECLARE_TR_FUNCTIONS(CorsMiddleware)
};
struct ResponderText
{
    Q_DECLARE_TR_FUNCTIONS(CorsResponder)
};

QString describeReason(const CorsOutcome &outcome)
{
    switch (outcome.reason) {
    case CorsOutcome::Reason::NotCorsRequest:
        return MiddlewareText::tr("not a CORS request (no Origin header)");
    case CorsOutcome::Reason::PreflightAllowed:
        return MiddlewareText::tr("preflight allowed");
    case CorsOutcome::Reason::PreflightRefused:
        return MiddlewareText::tr("preflight refused: %1")
            .arg(CorsOutcome::refusedCheckNames(outcome.refusedChecks).join(u", "));
    case CorsOutcome::Reason::OriginEchoed:
        return MiddlewareText::tr("origin allowed (echoed back)");
    case CorsOutcome::Reason::OriginWildcard:
        return MiddlewareText::tr("origin allowed (*)");
    case CorsOutcome::Reason::OriginNotAllowed:
        return MiddlewareText::tr("origin not allowed: no Access-Control-Allow-Origin sent");
    case CorsOutcome::Reason::ManualPreflight:
        return ResponderText::tr("manual preflight response");
    case CorsOutcome::Reason::ManualResponse:
        return ResponderText::tr("manual response");
    case CorsOutcome::Reason::PreflightAnswered:
        return MiddlewareText::tr("preflight answered without checks (the browser decides)");
    case CorsOutcome::Reason::OriginFixed:
        return MiddlewareText::tr("fixed origin sent, whatever the request's origin");
    case CorsOutcome::Reason::CorsNotApplied:
        return MiddlewareText::tr("CORS not applied to this request");
    }
    return {};
}

} // namespace

namespace CorsOutcomeText {

QString describe(const CorsOutcome &outcome)
{
    QString text = describeReason(outcome);
    if (!outcome.proxiedTo.isEmpty())
        text += ResponderText::tr(" (proxied to %1)").arg(outcome.proxiedTo);
    return text;
}

} // namespace CorsOutcomeText

#pragma once

#include "core/browser/CorsFailure.h"
#include "core/browser/FetchRequest.h"
#include "core/browser/SimulationResult.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The playground's own words for a verdict: for a failure, what went wrong and the server change
// that fixes it, for a class or a developer chasing a console error; for a success, why it was
// allowed and what the page may read. The simulator decides; the words are made here.
namespace CorsExplanation {

struct Context
{
    QString origin;
    QByteArray method;
    bool credentialsIncluded = false;
    int status = 0;
};

QString explain(const CorsFailure &failure, const Context &context);

struct AllowedContext
{
    QString origin;
    SimulationResult::ResponseType responseType = SimulationResult::ResponseType::Cors;
    bool credentialsIncluded = false;
    bool preflighted = false;
    bool preflightFromCache = false;
    QString preflightReason;
    QList<QByteArray> exposedHeaders;
};

QString explainAllowed(const AllowedContext &context);

// What a no-cors load leaves the page for this initiator: an image that taints a canvas, a
// script whose errors are muted, a stylesheet whose rules cannot be read, an opaque response.
QString opaqueConsequence(FetchRequest::Initiator initiator);

// The words for a finished simulation, in the current language, from the facts it holds.
QString explain(const SimulationResult &result);

} // namespace CorsExplanation

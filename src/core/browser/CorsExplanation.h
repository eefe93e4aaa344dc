#pragma once

#include "core/browser/CorsFailure.h"

#include <QByteArray>
#include <QString>

// The playground's own words for a failure: what went wrong and the server change that
// fixes it, for a class or a developer chasing a console error.
namespace CorsExplanation {

struct Context
{
    QString origin;
    QByteArray method;
    bool credentialsIncluded = false;
    int status = 0;
};

QString explain(const CorsFailure &failure, const Context &context);

} // namespace CorsExplanation

#pragma once

#include "core/policy/ManualResponse.h"
#include "core/policy/MiddlewareOptions.h"
#include "core/policy/PolicyError.h"

// The embedded server's CORS behaviour. Both modes' settings are kept, so switching the mode
// back and forth in the editor loses nothing; only the active one answers requests.
class CorsPolicy
{
public:
    enum class Mode { Middleware, Manual };

    Mode mode = Mode::Middleware;
    MiddlewareOptions middleware;
    ManualResponse manualPreflight{204, {}};
    ManualResponse manualActual{200, {}};

    // Every rule a saved or edited policy must obey, each broken one named by its JSON field.
    PolicyErrors validate() const;
    bool isValid() const { return validate().isEmpty(); }
    // The JSON fields (as validate() names them, without an index) whose values differ, so an
    // editor can say which of its fields the server does not run yet.
    QStringList differingFields(const CorsPolicy &other) const;
    // "allow_origins[2]" and "manual.actual.headers[0][1]" belong to the fields
    // "allow_origins" and "manual.actual.headers".
    static QString fieldOf(const QString &errorField);

    static QString modeName(Mode mode);

    friend bool operator==(const CorsPolicy &left, const CorsPolicy &right)
    {
        return left.mode == right.mode && left.middleware == right.middleware
            && left.manualPreflight == right.manualPreflight
            && left.manualActual == right.manualActual;
    }
    friend bool operator!=(const CorsPolicy &left, const CorsPolicy &right)
    {
        return !(left == right);
    }
};

#pragma once

#include "core/policy/DjangoCorsHeadersOptions.h"
#include "core/policy/ExpressCorsOptions.h"
#include "core/policy/FlaskCorsOptions.h"
#include "core/policy/ManualResponse.h"
#include "core/policy/MiddlewareOptions.h"
#include "core/policy/PolicyError.h"

#include <optional>

// The embedded server's CORS behaviour. Every mode's and every framework's settings are kept,
// so switching back and forth in the editor loses nothing; only the active one answers.
class CorsPolicy
{
public:
    enum class Mode { Middleware, Manual };
    // Which library's middleware answers in middleware mode.
    enum class Framework { Starlette, Express, FlaskCors, DjangoCorsHeaders };

    Mode mode = Mode::Middleware;
    Framework framework = Framework::Starlette;
    // Starlette's options (the policy file keeps them at the top level).
    MiddlewareOptions middleware;
    ExpressCorsOptions express;
    FlaskCorsOptions flaskCors;
    DjangoCorsHeadersOptions djangoCorsHeaders;
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
    // The policy file's word for a framework ("flask-cors").
    static QString frameworkName(Framework framework);
    static std::optional<Framework> frameworkNamed(const QString &name);
    // The library's name as people know it ("Express (cors)"), for menus, tables and code
    // comments; a product name, not translated.
    static QString frameworkTitle(Framework framework);
    static QList<Framework> frameworks()
    {
        return {Framework::Starlette, Framework::Express, Framework::FlaskCors,
                Framework::DjangoCorsHeaders};
    }

    friend bool operator==(const CorsPolicy &left, const CorsPolicy &right)
    {
        return left.mode == right.mode && left.framework == right.framework
            && left.middleware == right.middleware && left.express == right.express
            && left.flaskCors == right.flaskCors
            && left.djangoCorsHeaders == right.djangoCorsHeaders
            && left.manualPreflight == right.manualPreflight
            && left.manualActual == right.manualActual;
    }
    friend bool operator!=(const CorsPolicy &left, const CorsPolicy &right)
    {
        return !(left == right);
    }
};

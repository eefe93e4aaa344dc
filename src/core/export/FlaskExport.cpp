#include "core/export/FlaskExport.h"

#include "core/export/ExportText.h"
#include "core/export/StarletteTerms.h"
#include "core/middleware/StarletteFacts.h"

using namespace Qt::Literals::StringLiterals;
using ExportText::jsonString;
using ExportText::list;
using ExportText::pythonBool;

namespace {

QString header(bool importsRe)
{
    QString code
        = u"# CORS policy exported by CORS Playground. Run: flask --app main run --port 8000\n"_s;
    // An unused import is the first thing a linter (and a student) points at.
    if (importsRe)
        code += u"import re\n"_s;
    code += u"import uuid\n\n"
            u"from flask import Flask, request\n"
            u"from flask_cors import CORS\n\n"
            u"app = Flask(__name__)\n"_s;
    return code;
}

// note: comment lines about the route, each ending in a newline.
QString routes(const QStringList &methods, const QString &note = {})
{
    return u"\n\n"_s + note
        + u"@app.route(\"/\", defaults={\"path\": \"\"}, methods=%1)\n"
          u"@app.route(\"/<path:path>\", methods=%1)\n"
          u"def endpoint(path):\n"
          u"    return {\"method\": request.method, \"path\": \"/\" + path}, "
          u"{\"X-Request-ID\": str(uuid.uuid4())}\n"_s.arg(list(methods));
}

} // namespace

namespace FlaskExport {

QString fromStarlette(const MiddlewareOptions &options)
{
    const bool usesRegex = !options.allowOriginRegex.isEmpty();
    QString code = header(usesRegex) + u'\n';
    QStringList origins;
    for (const QString &origin : options.allowOrigins)
        origins.append(jsonString(origin));
    // A plain (not raw) string: its JSON escapes are Python's, so "\\." stays one backslash.
    if (usesRegex)
        origins.append(
            u"re.compile(%1)"_s.arg(jsonString(u"^(?:"_s + options.allowOriginRegex + u")$"_s)));
    const bool wildcard = StarletteTerms::allowsAllOrigins(options);
    code += u"# Flask-CORS echoes the request's origin where Starlette sends \"*\"; send_wildcard\n"
            u"# keeps \"*\" when credentials are off, as the playground does.\n"_s;
    code += u"CORS(\n    app,\n"_s;
    code += u"    origins=%1,\n"_s.arg(wildcard ? u"\"*\""_s : u'[' + origins.join(u", ") + u']');
    code += u"    methods=%1,\n"_s.arg(list(StarletteTerms::methods(options)));
    code += u"    allow_headers=%1,\n"_s.arg(
        options.allowHeaders.contains(u"*") ? u"\"*\""_s
                                            : list(StarletteTerms::headersWithSafelisted(options)));
    code += u"    expose_headers=%1,\n"_s.arg(list(options.exposeHeaders));
    code += u"    supports_credentials=%1,\n"_s.arg(pythonBool(options.allowCredentials));
    code += u"    send_wildcard=%1,\n"_s.arg(pythonBool(wildcard && !options.allowCredentials));
    code += u"    max_age=%1,\n)\n"_s.arg(options.maxAge);
    if (wildcard && options.allowCredentials)
        code += u"\n\n# Starlette answers \"*\" (which browsers refuse with credentials) unless "
                u"the request\n"
                u"# carries a cookie; Flask-CORS always echoes the origin. Match the playground:\n"
                u"@app.after_request\n"
                u"def wildcard_without_cookie(response):\n"
                u"    if \"Origin\" in request.headers and \"Cookie\" not in request.headers \\\n"
                u"            and request.method != \"OPTIONS\":\n"
                u"        response.headers[\"Access-Control-Allow-Origin\"] = \"*\"\n"
                u"    return response\n"_s;
    if (options.maxAge == 0)
        code += u"\n\n# Flask-CORS leaves out Access-Control-Max-Age: 0, and browsers then cache "
                u"for 5 s.\n"
                u"@app.after_request\n"
                u"def never_cache_preflights(response):\n"
                u"    if request.method == \"OPTIONS\" and \"Access-Control-Request-Method\" in "
                u"request.headers:\n"
                u"        response.headers[\"Access-Control-Max-Age\"] = \"0\"\n"
                u"    return response\n"_s;
    // Starlette answers preflights itself, whatever the route: the view takes OPTIONS too.
    return code + routes(StarletteFacts::allMethods());
}

QString native(const FlaskCorsOptions &options)
{
    // Only what differs from Flask-CORS's defaults is written (the origins always: they are
    // the point), so the call reads like one a user would write.
    const FlaskCorsOptions defaults;
    QString code = header(false) + u'\n';
    code += u"CORS(\n    app,\n"_s;
    code += u"    origins=%1,\n"_s.arg(ExportText::textOrList(options.origins));
    if (options.methods != defaults.methods)
        code += u"    methods=%1,\n"_s.arg(ExportText::textOrList(options.methods));
    if (options.allowHeaders != defaults.allowHeaders)
        code += u"    allow_headers=%1,\n"_s.arg(ExportText::textOrList(options.allowHeaders));
    if (options.exposeHeaders)
        code += u"    expose_headers=%1,\n"_s.arg(ExportText::textOrList(*options.exposeHeaders));
    if (options.supportsCredentials != defaults.supportsCredentials)
        code += u"    supports_credentials=%1,\n"_s.arg(pythonBool(options.supportsCredentials));
    if (options.maxAge)
        code += u"    max_age=%1,\n"_s.arg(*options.maxAge);
    if (options.sendWildcard != defaults.sendWildcard)
        code += u"    send_wildcard=%1,\n"_s.arg(pythonBool(options.sendWildcard));
    if (options.alwaysSend != defaults.alwaysSend)
        code += u"    always_send=%1,\n"_s.arg(pythonBool(options.alwaysSend));
    if (options.varyHeader != defaults.varyHeader)
        code += u"    vary_header=%1,\n"_s.arg(pythonBool(options.varyHeader));
    if (options.automaticOptions != defaults.automaticOptions)
        code += u"    automatic_options=%1,\n"_s.arg(pythonBool(options.automaticOptions));
    code += u")\n"_s;
    // Without OPTIONS in the route's methods Flask answers preflights itself and Flask-CORS
    // adds its headers to that answer, as in the usual Flask-CORS app (and the playground).
    return code
        + routes({u"GET"_s, u"HEAD"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s},
                 u"# No OPTIONS in methods: Flask answers preflights, Flask-CORS adds its "
                 u"headers.\n"_s);
}

} // namespace FlaskExport

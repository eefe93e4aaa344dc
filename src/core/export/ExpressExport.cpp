#include "core/export/ExpressExport.h"

#include "core/export/ExportText.h"
#include "core/export/StarletteTerms.h"

using namespace Qt::Literals::StringLiterals;
using ExportText::javaScriptBool;
using ExportText::jsonString;
using ExportText::list;
using ExportText::textOrList;

namespace {

QString header()
{
    return u"// CORS policy exported by CORS Playground. Run: npm install express cors && "
           u"PORT=8000 node main.js\n"
           u"const express = require('express');\n"
           u"const cors = require('cors');\n\n"
           u"const app = express();\n"_s;
}

// app.use without a path is every request in Express 4 and 5; app.all('*') throws in 5.
QString catchAll()
{
    return u"\napp.use((req, res) => {\n"
           u"  res.set('X-Request-ID', require('crypto').randomUUID());\n"
           u"  res.json({method: req.method, path: req.path});\n});\n"
           u"app.listen(process.env.PORT || 8000, '127.0.0.1');\n"_s;
}

QString origin(const ExpressCorsOptions &options)
{
    using Kind = ExpressCorsOptions::OriginKind;
    switch (options.originKind) {
    case Kind::Text:
        return jsonString(options.originText);
    case Kind::ReflectAny:
        return u"true"_s;
    case Kind::Disabled:
        return u"false"_s;
    case Kind::Regex:
        return ExportText::javaScriptRegex(options.originText);
    case Kind::List:
        break;
    }
    QStringList entries;
    for (const ExpressOriginEntry &entry : options.originList)
        entries.append(entry.isRegex ? ExportText::javaScriptRegex(entry.text)
                                     : jsonString(entry.text));
    return u'[' + entries.join(u", ") + u']';
}

} // namespace

namespace ExpressExport {

QString fromStarlette(const MiddlewareOptions &options)
{
    QString code = header();
    const bool wildcard = StarletteTerms::allowsAllOrigins(options);
    QStringList origins;
    for (const QString &allowed : options.allowOrigins)
        origins.append(jsonString(allowed));
    if (!options.allowOriginRegex.isEmpty())
        origins.append(ExportText::javaScriptRegex(u"^(?:"_s + options.allowOriginRegex + u")$"_s));
    code += u"const options = {\n"_s;
    code += u"  origin: %1,\n"_s.arg(wildcard ? u"'*'"_s : u'[' + origins.join(u", ") + u']');
    code += u"  methods: %1,\n"_s.arg(list(StarletteTerms::methods(options)));
    if (!options.allowHeaders.contains(u"*"))
        code += u"  allowedHeaders: %1,\n"_s.arg(
            list(StarletteTerms::headersWithSafelisted(options)));
    code += u"  exposedHeaders: %1,\n"_s.arg(list(options.exposeHeaders));
    code += u"  credentials: %1,\n"_s.arg(javaScriptBool(options.allowCredentials));
    code += u"  maxAge: %1,\n"_s.arg(options.maxAge);
    code += u"  optionsSuccessStatus: 200,\n};\n"_s;
    code += u"// Starlette refuses a preflight whose method it does not list, even GET, HEAD or "
            u"POST,\n"
            u"// which browsers would otherwise allow without asking.\n"
            u"app.use((req, res, next) => {\n"
            u"  const method = req.headers['access-control-request-method'];\n"
            u"  if (req.method === 'OPTIONS' && req.headers.origin && method\n"
            u"      && !options.methods.includes(method))\n"
            u"    return res.status(400).type('text/plain').send('Disallowed CORS method');\n"
            u"  next();\n});\n"_s;
    if (wildcard && options.allowCredentials)
        code += u"// Starlette echoes the origin instead of \"*\" when the request carries a "
                u"cookie.\n"
                u"app.use(cors((req, callback) => callback(null, {...options, origin: "
                u"req.headers.cookie ? true : '*'})));\n"_s;
    else
        code += u"app.use(cors(options));\n"_s;
    return code + catchAll();
}

QString native(const ExpressCorsOptions &options)
{
    // Only what differs from cors's defaults is written (the origin always: it is the point),
    // so the call reads like one a user would write.
    const ExpressCorsOptions defaults;
    QString code = header();
    code += u"app.use(cors({\n"_s;
    code += u"  origin: %1,\n"_s.arg(origin(options));
    if (options.methods != defaults.methods)
        code += u"  methods: %1,\n"_s.arg(textOrList(options.methods));
    if (options.allowedHeaders)
        code += u"  allowedHeaders: %1,\n"_s.arg(textOrList(*options.allowedHeaders));
    if (options.exposedHeaders)
        code += u"  exposedHeaders: %1,\n"_s.arg(textOrList(*options.exposedHeaders));
    if (options.credentials != defaults.credentials)
        code += u"  credentials: %1,\n"_s.arg(javaScriptBool(options.credentials));
    if (options.maxAge)
        code += u"  maxAge: %1,\n"_s.arg(*options.maxAge);
    if (options.preflightContinue != defaults.preflightContinue)
        code += u"  preflightContinue: %1,\n"_s.arg(javaScriptBool(options.preflightContinue));
    if (options.optionsSuccessStatus != defaults.optionsSuccessStatus)
        code += u"  optionsSuccessStatus: %1,\n"_s.arg(options.optionsSuccessStatus);
    code += u"}));\n"_s;
    return code + catchAll();
}

} // namespace ExpressExport

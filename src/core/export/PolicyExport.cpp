#include "core/export/PolicyExport.h"

#include "core/middleware/StarletteFacts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace {

QString jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString list(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values)
        quoted.append(jsonString(value));
    return u'[' + quoted.join(u", ") + u']';
}

QStringList methods(const MiddlewareOptions &options)
{
    return options.allowMethods.contains(u"*") ? StarletteFacts::allMethods()
                                               : options.allowMethods;
}

// Starlette always allows the four safelisted request headers; frameworks that check the list
// must hear about them.
QStringList headersWithSafelisted(const MiddlewareOptions &options)
{
    QStringList headers = StarletteFacts::alwaysAllowedHeaders();
    for (const QString &header : options.allowHeaders) {
        if (!headers.contains(header, Qt::CaseInsensitive))
            headers.append(header);
    }
    return headers;
}

bool allowsAllOrigins(const MiddlewareOptions &options)
{
    return options.allowOrigins.contains(u"*");
}

QString manualNote(const QString &comment)
{
    return comment
        + u" The playground is in manual mode: this exports its middleware options. Manual "
          u"responses reproduce a misconfiguration and are not meant for a project.\n";
}

QString fastApi(const CorsPolicy &policy)
{
    const MiddlewareOptions &options = policy.middleware;
    QString code;
    if (policy.mode == CorsPolicy::Mode::Manual)
        code += manualNote(u"#"_s);
    code += u"# CORS policy exported by CORS Playground. Run: uvicorn main:app --port 8000\n"
            u"import uuid\n\n"
            u"from fastapi import FastAPI, Request\n"
            u"from fastapi.responses import JSONResponse\n"
            u"from fastapi.middleware.cors import CORSMiddleware\n\n"
            u"app = FastAPI()\n"
            u"app.add_middleware(\n"
            u"    CORSMiddleware,\n"_s;
    code += u"    allow_origins=%1,\n"_s.arg(list(options.allowOrigins));
    if (!options.allowOriginRegex.isEmpty())
        code += u"    allow_origin_regex=r%1,\n"_s.arg(jsonString(options.allowOriginRegex));
    code += u"    allow_methods=%1,\n"_s.arg(list(options.allowMethods));
    code += u"    allow_headers=%1,\n"_s.arg(list(options.allowHeaders));
    code += u"    allow_credentials=%1,\n"_s.arg(options.allowCredentials ? u"True"_s : u"False"_s);
    code += u"    expose_headers=%1,\n"_s.arg(list(options.exposeHeaders));
    code += u"    max_age=%1,\n)\n\n"_s.arg(options.maxAge);
    code += u"\n@app.api_route(\"/{path:path}\", methods=%1)\n"
            u"async def endpoint(path: str, request: Request):\n"
            u"    return JSONResponse({\"method\": request.method, \"path\": \"/\" + path},\n"
            u"                        headers={\"X-Request-ID\": str(uuid.uuid4())})\n"_s.arg(
                list(StarletteFacts::allMethods()));
    return code;
}

QString flask(const CorsPolicy &policy)
{
    const MiddlewareOptions &options = policy.middleware;
    QString code;
    if (policy.mode == CorsPolicy::Mode::Manual)
        code += manualNote(u"#"_s);
    const bool usesRegex = !options.allowOriginRegex.isEmpty();
    code += u"# CORS policy exported by CORS Playground. Run: flask --app main run --port 8000\n"_s;
    // An unused import is the first thing a linter (and a student) points at.
    if (usesRegex)
        code += u"import re\n"_s;
    code += u"import uuid\n\n"
            u"from flask import Flask, request\n"
            u"from flask_cors import CORS\n\n"
            u"app = Flask(__name__)\n\n"_s;
    QStringList origins;
    for (const QString &origin : options.allowOrigins)
        origins.append(jsonString(origin));
    if (usesRegex)
        origins.append(
            u"re.compile(r%1)"_s.arg(jsonString(u"^(?:"_s + options.allowOriginRegex + u")$"_s)));
    const bool wildcard = allowsAllOrigins(options);
    code += u"# Flask-CORS echoes the request's origin where Starlette sends \"*\"; send_wildcard\n"
            u"# keeps \"*\" when credentials are off, as the playground does.\n"_s;
    code += u"CORS(\n    app,\n"_s;
    code += u"    origins=%1,\n"_s.arg(wildcard ? u"\"*\""_s : u'[' + origins.join(u", ") + u']');
    code += u"    methods=%1,\n"_s.arg(list(methods(options)));
    code += u"    allow_headers=%1,\n"_s.arg(
        options.allowHeaders.contains(u"*") ? u"\"*\""_s : list(headersWithSafelisted(options)));
    code += u"    expose_headers=%1,\n"_s.arg(list(options.exposeHeaders));
    code += u"    supports_credentials=%1,\n"_s.arg(options.allowCredentials ? u"True"_s
                                                                             : u"False"_s);
    code += u"    send_wildcard=%1,\n"_s.arg(wildcard && !options.allowCredentials ? u"True"_s
                                                                                   : u"False"_s);
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
    code
        += u"\n\n@app.route(\"/\", defaults={\"path\": \"\"}, methods=%1)\n"
           u"@app.route(\"/<path:path>\", methods=%1)\n"
           u"def endpoint(path):\n"
           u"    return {\"method\": request.method, \"path\": \"/\" + path}, {\"X-Request-ID\": str(uuid.uuid4())}\n"_s
               .arg(list(StarletteFacts::allMethods()));
    return code;
}

QString express(const CorsPolicy &policy)
{
    const MiddlewareOptions &options = policy.middleware;
    QString code;
    if (policy.mode == CorsPolicy::Mode::Manual)
        code += manualNote(u"//"_s);
    code += u"// CORS policy exported by CORS Playground. Run: npm install express cors && "
            u"PORT=8000 node main.js\n"
            u"const express = require('express');\n"
            u"const cors = require('cors');\n\n"
            u"const app = express();\n"_s;
    const bool wildcard = allowsAllOrigins(options);
    QStringList origins;
    for (const QString &origin : options.allowOrigins)
        origins.append(jsonString(origin));
    if (!options.allowOriginRegex.isEmpty())
        origins.append(
            u'/' + QString(u"^(?:"_s + options.allowOriginRegex + u")$"_s).replace(u'/', u"\\/"_s)
            + u'/');
    code += u"const options = {\n"_s;
    code += u"  origin: %1,\n"_s.arg(wildcard ? u"'*'"_s : u'[' + origins.join(u", ") + u']');
    code += u"  methods: %1,\n"_s.arg(list(methods(options)));
    if (!options.allowHeaders.contains(u"*"))
        code += u"  allowedHeaders: %1,\n"_s.arg(list(headersWithSafelisted(options)));
    code += u"  exposedHeaders: %1,\n"_s.arg(list(options.exposeHeaders));
    code += u"  credentials: %1,\n"_s.arg(options.allowCredentials ? u"true"_s : u"false"_s);
    code += u"  maxAge: %1,\n"_s.arg(options.maxAge);
    code += u"  optionsSuccessStatus: 200,\n};\n"_s;
    code += u"// Starlette refuses a preflight whose method it does not list, even GET, HEAD or "
            u"POST,\n"
            u"// which browsers would otherwise allow without asking.\n"
            u"app.options('*', (req, res, next) => {\n"
            u"  const method = req.headers['access-control-request-method'];\n"
            u"  if (req.headers.origin && method && !options.methods.includes(method))\n"
            u"    return res.status(400).type('text/plain').send('Disallowed CORS method');\n"
            u"  next();\n});\n"_s;
    if (wildcard && options.allowCredentials)
        code
            += u"// Starlette echoes the origin instead of \"*\" when the request carries a "
               u"cookie.\n"
               u"app.use(cors((req, callback) => callback(null, {...options, origin: req.headers.cookie ? true : '*'})));\n"_s;
    else
        code += u"app.use(cors(options));\n"_s;
    code += u"\napp.all('*', (req, res) => {\n"
            u"  res.set('X-Request-ID', require('crypto').randomUUID());\n"
            u"  res.json({method: req.method, path: req.path});\n});\n"
            u"app.listen(process.env.PORT || 8000, '127.0.0.1');\n"_s;
    return code;
}

QString nginx(const CorsPolicy &policy)
{
    const MiddlewareOptions &options = policy.middleware;
    QString code;
    if (policy.mode == CorsPolicy::Mode::Manual)
        code += manualNote(u"#"_s);
    const bool wildcard = allowsAllOrigins(options);
    const bool echo = !wildcard || options.allowCredentials;
    code += u"# CORS policy exported by CORS Playground: an nginx http { } block. nginx does not\n"
            u"# check the preflight's method and headers itself; browsers check the lists below.\n"
            u"map $http_origin $cors_allowed_origin {\n    default \"\";\n"_s;
    if (wildcard) {
        code += u"    ~. $http_origin;\n"_s;
    } else {
        for (const QString &origin : options.allowOrigins)
            code += u"    %1 $http_origin;\n"_s.arg(jsonString(origin));
        if (!options.allowOriginRegex.isEmpty())
            code += u"    \"~^(?:%1)$\" $http_origin;\n"_s.arg(options.allowOriginRegex);
    }
    code += u"}\n"_s;
    // Starlette's simple responses: "*" unless the request has a cookie, with credentials on.
    QString simpleOrigin = u"$cors_allowed_origin"_s;
    if (wildcard) {
        code += u"map $http_cookie $cors_simple_origin {\n    default \"*\";\n"_s;
        if (options.allowCredentials)
            code += u"    ~. $http_origin;\n"_s;
        code += u"}\n"_s;
        simpleOrigin = u"$cors_simple_origin"_s;
    }
    // Starlette refuses a preflight whose method it does not list, even GET, HEAD or POST.
    code
        += u"map $http_access_control_request_method $cors_method_allowed {\n    default 0;\n    \"\" 1;\n"_s;
    for (const QString &method : methods(options))
        code += u"    %1 1;\n"_s.arg(jsonString(method));
    code += u"}\nmap \"$request_method:$cors_method_allowed\" $cors_refuse_preflight {\n"
            u"    default 0;\n    \"OPTIONS:0\" 1;\n}\n"_s;
    const QString preflightOrigin = echo ? u"$cors_allowed_origin"_s : u"\"*\""_s;
    const QString credentials = options.allowCredentials
        ? u"        add_header Access-Control-Allow-Credentials true always;\n"_s
        : QString();
    code += u"\nserver {\n    listen 127.0.0.1:8000;\n\n    location / {\n"
            u"        if ($cors_refuse_preflight) {\n"
            u"            return 400 'Disallowed CORS method';\n"
            u"        }\n"
            u"        if ($request_method = OPTIONS) {\n"_s;
    code += u"            add_header Access-Control-Allow-Origin %1 always;\n"_s.arg(
        preflightOrigin);
    if (echo)
        code += u"            add_header Vary Origin always;\n"_s;
    code += u"            add_header Access-Control-Allow-Methods %1 always;\n"_s.arg(
        jsonString(methods(options).join(u", ")));
    code += u"            add_header Access-Control-Allow-Headers %1 always;\n"_s.arg(
        options.allowHeaders.contains(u"*")
            ? u"$http_access_control_request_headers"_s
            : jsonString(headersWithSafelisted(options).join(u", ")));
    code += u"            add_header Access-Control-Max-Age %1 always;\n"_s.arg(options.maxAge);
    if (options.allowCredentials)
        code += u"    "_s + credentials;
    code += u"            return 200 OK;\n        }\n"_s;
    code += u"        add_header Access-Control-Allow-Origin %1 always;\n"_s.arg(simpleOrigin);
    if (echo)
        code += u"        add_header Vary Origin always;\n"_s;
    code += credentials;
    if (!options.exposeHeaders.isEmpty())
        code += u"        add_header Access-Control-Expose-Headers %1 always;\n"_s.arg(
            jsonString(options.exposeHeaders.join(u", ")));
    code += u"        add_header X-Request-ID $request_id always;\n"
            u"        default_type application/json;\n"
            u"        return 200 '{\"method\":\"$request_method\",\"path\":\"$uri\"}';\n"
            u"    }\n}\n"_s;
    return code;
}

QString headerLines(const CorsPolicy &policy)
{
    QString text;
    const auto lines = [&text](const QString &title, const HeaderLines &headers) {
        text += title + u'\n';
        for (const auto &line : headers.lines())
            text += QString::fromLatin1(line.first + ": " + line.second) + u'\n';
        text += u'\n';
    };
    if (policy.mode == CorsPolicy::Mode::Manual) {
        lines(u"# Preflight response (status %1)"_s.arg(policy.manualPreflight.status),
              policy.manualPreflight.headers);
        lines(u"# Actual response (status %1)"_s.arg(policy.manualActual.status),
              policy.manualActual.headers);
        return text;
    }
    const MiddlewareOptions &options = policy.middleware;
    const bool wildcard = allowsAllOrigins(options);
    const QString origin = wildcard && !options.allowCredentials
        ? u"*"_s
        : u"<the request's Origin, when allowed>"_s;
    HeaderLines preflight{{"Access-Control-Allow-Origin", origin.toUtf8()}};
    preflight.append("Access-Control-Allow-Methods",
                     options.allowMethods.contains(u"*")
                         ? StarletteFacts::allMethods().join(u", ").toUtf8()
                         : options.allowMethods.join(u", ").toUtf8());
    preflight.append("Access-Control-Allow-Headers",
                     options.allowHeaders.contains(u"*")
                         ? QByteArray("<the requested headers>")
                         : headersWithSafelisted(options).join(u", ").toUtf8());
    preflight.append("Access-Control-Max-Age", QByteArray::number(options.maxAge));
    if (options.allowCredentials)
        preflight.append("Access-Control-Allow-Credentials", "true");
    if (!wildcard || options.allowCredentials)
        preflight.append("Vary", "Origin");
    lines(u"# Preflight response (200)"_s, preflight);
    HeaderLines actual{
        {"Access-Control-Allow-Origin", wildcard ? "*" : "<the request's Origin, when allowed>"}};
    if (options.allowCredentials)
        actual.append("Access-Control-Allow-Credentials", "true");
    if (!options.exposeHeaders.isEmpty())
        actual.append("Access-Control-Expose-Headers", options.exposeHeaders.join(u", ").toUtf8());
    if (!wildcard)
        actual.append("Vary", "Origin");
    lines(u"# Other responses"_s, actual);
    return text;
}

} // namespace

namespace PolicyExport {

QStringList formatNames()
{
    return {u"fastapi"_s, u"flask"_s, u"express"_s, u"nginx"_s, u"headers"_s};
}

bool parseFormat(const QString &name, Format *format)
{
    const qsizetype index = formatNames().indexOf(name);
    if (index < 0)
        return false;
    *format = Format(index);
    return true;
}

QString render(const CorsPolicy &policy, Format format)
{
    switch (format) {
    case Format::FastApi:
        return fastApi(policy);
    case Format::Flask:
        return flask(policy);
    case Format::Express:
        return express(policy);
    case Format::Nginx:
        return nginx(policy);
    case Format::Headers:
        break;
    }
    return headerLines(policy);
}

} // namespace PolicyExport

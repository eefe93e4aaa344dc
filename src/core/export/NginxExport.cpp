#include "core/export/NginxExport.h"

#include "core/export/ExportText.h"
#include "core/export/StarletteTerms.h"

using namespace Qt::Literals::StringLiterals;
using ExportText::jsonString;

namespace NginxExport {

QString render(const MiddlewareOptions &options)
{
    QString code;
    const bool wildcard = StarletteTerms::allowsAllOrigins(options);
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
    for (const QString &method : StarletteTerms::methods(options))
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
        jsonString(StarletteTerms::methods(options).join(u", ")));
    code += u"            add_header Access-Control-Allow-Headers %1 always;\n"_s.arg(
        options.allowHeaders.contains(u"*")
            ? u"$http_access_control_request_headers"_s
            : jsonString(StarletteTerms::headersWithSafelisted(options).join(u", ")));
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

} // namespace NginxExport

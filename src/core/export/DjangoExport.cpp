#include "core/export/DjangoExport.h"

#include "core/export/ExportText.h"
#include "core/policy/PolicyKeys.h"

using namespace Qt::Literals::StringLiterals;
using ExportText::jsonString;
using ExportText::list;
using ExportText::pythonBool;

namespace {

QString setting(const QString &name, const QString &value)
{
    return u"    %1=%2,\n"_s.arg(name, value);
}

} // namespace

namespace DjangoExport {

QString native(const DjangoCorsHeadersOptions &options)
{
    namespace Keys = PolicyKeys::Django;
    // Only what differs from django-cors-headers' defaults is written (the allowed origins
    // always: they are the point), so the settings read like ones a user would write.
    const DjangoCorsHeadersOptions defaults;
    // A fresh SECRET_KEY each start: nothing here signs or stores anything, and no key is
    // written into code that may be copied into a project. CorsMiddleware must come before
    // anything that can answer early; here it is the only middleware.
    QString code = u"# CORS policy exported by CORS Playground. Run: python3 main.py runserver "
                   u"127.0.0.1:8000 --noreload\n"
                   u"import secrets\n"
                   u"import sys\nimport uuid\n\n"
                   u"from django.conf import settings\n"
                   u"from django.core.management import execute_from_command_line\n"
                   u"from django.http import JsonResponse\n"
                   u"from django.urls import re_path\n\n"
                   u"settings.configure(\n"
                   u"    DEBUG=False,\n"
                   u"    SECRET_KEY=secrets.token_urlsafe(50),\n"
                   u"    ALLOWED_HOSTS=[\"*\"],\n"
                   u"    ROOT_URLCONF=__name__,\n"
                   u"    INSTALLED_APPS=[\"corsheaders\"],\n"
                   u"    MIDDLEWARE=[\"corsheaders.middleware.CorsMiddleware\"],\n"_s;
    if (options.allowAllOrigins != defaults.allowAllOrigins)
        code += setting(Keys::allowAllOrigins, pythonBool(options.allowAllOrigins));
    code += setting(Keys::allowedOrigins, list(options.allowedOrigins));
    // Plain (not raw) strings: their JSON escapes are Python's, so "\\." stays one backslash.
    if (options.allowedOriginRegexes != defaults.allowedOriginRegexes)
        code += setting(Keys::allowedOriginRegexes, list(options.allowedOriginRegexes));
    if (options.allowMethods != defaults.allowMethods)
        code += setting(Keys::allowMethods, list(options.allowMethods));
    if (options.allowHeaders != defaults.allowHeaders)
        code += setting(Keys::allowHeaders, list(options.allowHeaders));
    if (options.exposeHeaders != defaults.exposeHeaders)
        code += setting(Keys::exposeHeaders, list(options.exposeHeaders));
    if (options.allowCredentials != defaults.allowCredentials)
        code += setting(Keys::allowCredentials, pythonBool(options.allowCredentials));
    if (options.preflightMaxAge != defaults.preflightMaxAge)
        code += setting(Keys::preflightMaxAge, QString::number(options.preflightMaxAge));
    if (options.urlsRegex != defaults.urlsRegex)
        code += setting(Keys::urlsRegex, jsonString(options.urlsRegex));
    code += u")\n\n\n"
            u"def endpoint(request):\n"
            u"    response = JsonResponse({\"method\": request.method, \"path\": request.path})\n"
            u"    response[\"X-Request-ID\"] = str(uuid.uuid4())\n"
            u"    # Without CommonMiddleware (a real project has it) runserver sends no\n"
            u"    # Content-Length, a header browsers let scripts read.\n"
            u"    response[\"Content-Length\"] = str(len(response.content))\n"
            u"    return response\n\n\n"
            u"urlpatterns = [re_path(r\"^.*$\", endpoint)]\n\n"
            u"if __name__ == \"__main__\":\n"
            u"    execute_from_command_line(sys.argv)\n"_s;
    return code;
}

} // namespace DjangoExport

#include "core/export/FastApiExport.h"

#include "core/export/ExportText.h"
#include "core/middleware/StarletteFacts.h"

using namespace Qt::Literals::StringLiterals;
using ExportText::jsonString;
using ExportText::list;

namespace FastApiExport {

QString render(const MiddlewareOptions &options)
{
    QString code = u"# CORS policy exported by CORS Playground. Run: uvicorn main:app --port 8000\n"
                   u"import uuid\n\n"
                   u"from fastapi import FastAPI, Request\n"
                   u"from fastapi.responses import JSONResponse\n"
                   u"from fastapi.middleware.cors import CORSMiddleware\n\n"
                   u"app = FastAPI()\n"
                   u"app.add_middleware(\n"
                   u"    CORSMiddleware,\n"_s;
    code += u"    allow_origins=%1,\n"_s.arg(list(options.allowOrigins));
    // A plain (not raw) string: its JSON escapes are Python's, so "\\." stays one backslash.
    if (!options.allowOriginRegex.isEmpty())
        code += u"    allow_origin_regex=%1,\n"_s.arg(jsonString(options.allowOriginRegex));
    code += u"    allow_methods=%1,\n"_s.arg(list(options.allowMethods));
    code += u"    allow_headers=%1,\n"_s.arg(list(options.allowHeaders));
    code += u"    allow_credentials=%1,\n"_s.arg(ExportText::pythonBool(options.allowCredentials));
    code += u"    expose_headers=%1,\n"_s.arg(list(options.exposeHeaders));
    code += u"    max_age=%1,\n)\n\n"_s.arg(options.maxAge);
    code += u"\n@app.api_route(\"/{path:path}\", methods=%1)\n"
            u"async def endpoint(path: str, request: Request):\n"
            u"    return JSONResponse({\"method\": request.method, \"path\": \"/\" + path},\n"
            u"                        headers={\"X-Request-ID\": str(uuid.uuid4())})\n"_s.arg(
                list(StarletteFacts::allMethods()));
    return code;
}

} // namespace FastApiExport

// libFuzzer target for the code that reads header lines and comma-separated header lists:
// the input is taken both as an HTTP response (HttpResponseParser, then Chromium's CORS checks
// on its headers) and as a request head (RequestHeadScanner, then Starlette's middleware on
// its header lines).
#include "core/browser/CorsChecks.h"
#include "core/http/HttpResponseParser.h"
#include "core/middleware/CorsMiddleware.h"
#include "core/server/RequestHeadScanner.h"

#include <cstdint>
#include <cstdlib>

namespace {

void checkAsResponse(const QByteArray &bytes)
{
    HttpResponseParser parser;
    // Two feeds, split where the first byte says: the parser must not care where reads end.
    const qsizetype split = bytes.isEmpty() ? 0 : qsizetype(quint8(bytes.at(0))) % bytes.size();
    parser.feed(bytes.left(split));
    parser.feed(bytes.mid(split));
    parser.finishOnClose();
    if (!parser.isComplete())
        return;
    const HeaderLines &headers = parser.response().headers;
    CorsChecks::PreflightAllowance allowance;
    const QString origin = QStringLiteral("https://app.example");
    if (!CorsChecks::checkPreflightResponse(parser.response().status, headers, true, origin,
                                            &allowance)) {
        allowance.checkMethod("PUT");
        allowance.checkHeaders({"x-api-key", "content-type"});
    }
    CorsChecks::checkAccess(headers, false, origin);
    if (CorsChecks::maxAgeSeconds(headers) > 7200)
        std::abort();
}

void checkAsRequest(const QByteArray &bytes)
{
    RequestHeadScanner scanner;
    const qsizetype used = scanner.feed(bytes);
    if (used > bytes.size() || (scanner.isComplete() && scanner.isRefused()))
        std::abort();
    IncomingRequest request;
    request.method = "OPTIONS";
    request.path = QStringLiteral("/");
    for (const QByteArray &line : bytes.left(used).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append(line.left(colon), line.mid(colon + 1).trimmed());
    }
    MiddlewareOptions options;
    options.allowOrigins = {QStringLiteral("https://app.example")};
    options.allowOriginRegex = QStringLiteral("https://.*\\.example");
    options.allowHeaders = {QStringLiteral("X-API-Key")};
    options.allowCredentials = true;
    const CorsMiddleware middleware(options);
    middleware.respond(request, ServerResponse());
    request.method = "GET";
    middleware.respond(request, ServerResponse());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkAsResponse(bytes);
    checkAsRequest(bytes);
    return 0;
}

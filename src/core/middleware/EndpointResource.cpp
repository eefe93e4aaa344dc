#include "core/middleware/EndpointResource.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray fontBytes()
{
    // Built by scripts/make-test-font.py; read once, shared by every request after.
    static const QByteArray bytes = [] {
        QFile file(u":/endpoint/playground.ttf"_s);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    return bytes;
}

ServerResponse resource(const QByteArray &contentType, const QByteArray &body)
{
    ServerResponse response;
    response.status = 200;
    response.headers.append("Content-Type", contentType);
    response.body = body;
    return response;
}

} // namespace

namespace EndpointResource {

std::optional<ServerResponse> forPath(const QString &path)
{
    const QString extension = path.section(u'.', -1).toLower();
    if (!path.contains(u'.') || extension.contains(u'/'))
        return std::nullopt;
    if (extension == u"png")
        return resource("image/png",
                        QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806"
                                            "0000001f15c4890000000d49444154789c63f8cfc0f01f000500"
                                            "0201b2e0e2da0000000049454e44ae426082"));
    if (extension == u"js" || extension == u"mjs")
        return resource("text/javascript",
                        "// Served by CORS Playground so that <script> loads.\n"
                        "window.corsPlaygroundLoaded = (window.corsPlaygroundLoaded || 0) + 1;\n");
    if (extension == u"css")
        return resource("text/css; charset=utf-8",
                        "/* Served by CORS Playground so that <link rel=stylesheet> loads. */\n"
                        ".cors-playground-loaded { color: green; }\n");
    if (extension == u"ttf" || extension == u"otf" || extension == u"woff" || extension == u"woff2")
        return resource("font/ttf", fontBytes());
    return std::nullopt;
}

} // namespace EndpointResource

#include "core/export/RequestSnippets.h"

#include "core/browser/FetchRules.h"
#include "core/browser/RequestPreparation.h"
#include "core/http/Origin.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

// POSIX shell single quotes: everything literal, a quote itself as '\''.
QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString jsString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString header(const QByteArray &name, const QByteArray &value)
{
    return u" -H "_s + shellQuoted(QString::fromLatin1(name + ": " + value));
}

} // namespace

namespace RequestSnippets {

QString curl(const FetchRequest &request)
{
    const PreparedRequest prepared = PreparedRequest::prepare(request);
    const QString url = shellQuoted(request.url.toString());
    const bool crossOrigin = !Origin::matchesUrl(request.pageOrigin, request.url);
    QString text;
    const QStringList reasons
        = PreparedRequest::preflightReasons(prepared.method, prepared.headers);
    if (crossOrigin && request.mode == FetchRequest::Mode::Cors && !reasons.isEmpty()) {
        text += u"# The preflight the browser sends first (%1):\n"_s.arg(reasons.join(u"; "));
        text += u"curl -i -X OPTIONS "_s + url + header("Origin", request.pageOrigin.toLatin1())
            + header("Access-Control-Request-Method", prepared.method);
        const QByteArray names = FetchRules::accessControlRequestHeaders(
            FetchRules::unsafeRequestHeaders(prepared.headers));
        if (!names.isEmpty())
            text += header("Access-Control-Request-Headers", names);
        text += u"\n\n# The request itself:\n"_s;
    }
    text += u"curl -i -X "_s + QString::fromLatin1(prepared.method) + u' ' + url;
    if (crossOrigin || (prepared.method != "GET" && prepared.method != "HEAD"))
        text += header("Origin", request.pageOrigin.toLatin1());
    for (const auto &line : prepared.headers.lines())
        text += header(line.first, line.second);
    if (!request.cookies.isEmpty() && request.credentials == FetchRequest::Credentials::Include)
        text += header("Cookie", request.cookies);
    if (!request.body.isNull())
        text += u" --data-raw "_s + shellQuoted(QString::fromUtf8(request.body));
    return text + u'\n';
}

QString fetchCall(const FetchRequest &request)
{
    QString text = u"const response = await fetch("_s + jsString(request.url.toString())
        + u", {\n  method: "_s + jsString(request.method) + u",\n";
    if (!request.headers.isEmpty()) {
        QStringList headers;
        for (const auto &line : request.headers.lines())
            headers.append(u"    "_s + jsString(QString::fromLatin1(line.first)) + u": "
                           + jsString(QString::fromLatin1(line.second)));
        text += u"  headers: {\n"_s + headers.join(u",\n") + u",\n  },\n";
    }
    if (!request.body.isNull())
        text += u"  body: "_s + jsString(QString::fromUtf8(request.body)) + u",\n";
    text += u"  credentials: "_s + jsString(FetchRequest::credentialsName(request.credentials))
        + u",\n  mode: " + jsString(FetchRequest::modeName(request.mode)) + u",\n});\n";
    return text;
}

} // namespace RequestSnippets

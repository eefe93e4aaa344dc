#include "core/export/RequestSnippets.h"

#include "core/browser/FetchRules.h"
#include "core/browser/InitiatorFacts.h"
#include "core/browser/RequestPreparation.h"
#include "core/http/Origin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

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

// The crossorigin attribute as the page writes it, with its leading space; none when absent.
QString crossOriginAttribute(const FetchRequest &request)
{
    if (request.crossOrigin == FetchRequest::CrossOrigin::Absent)
        return {};
    return u" crossorigin=\""_s + FetchRequest::crossOriginName(request.crossOrigin) + u'"';
}

// fetch()'s and axios' headers option, one property per line; nothing when there are none.
QString headersProperty(const HeaderLines &headers)
{
    if (headers.isEmpty())
        return {};
    QStringList properties;
    for (const auto &line : headers.lines())
        properties.append(u"    "_s + jsString(QString::fromLatin1(line.first)) + u": "
                          + jsString(QString::fromLatin1(line.second)));
    return u"  headers: {\n"_s + properties.join(u",\n") + u",\n  },\n";
}

bool withCredentials(const FetchRequest &request)
{
    return request.credentials == FetchRequest::Credentials::Include;
}

QString header(const QByteArray &name, const QByteArray &value)
{
    return u" -H "_s + shellQuoted(QString::fromLatin1(name + ": " + value));
}

} // namespace

namespace RequestSnippets {

QString shellWord(const QString &argument)
{
    static const QRegularExpression plain(u"^[\\w@%+=:,./-]+$"_s);
    return plain.match(argument).hasMatch() ? argument : shellQuoted(argument);
}

QString curl(const FetchRequest &request)
{
    const PreparedRequest prepared = PreparedRequest::prepare(request);
    const QString url = shellQuoted(request.url.toString());
    const bool crossOrigin = !Origin::matchesUrl(request.pageOrigin, request.url);
    QString text;
    const QStringList reasons = PreparedRequest::preflightReasons(
        prepared.method, prepared.headers,
        request.initiator == FetchRequest::Initiator::XmlHttpRequest && request.uploadListener
            && !prepared.body.isEmpty());
    if (crossOrigin && InitiatorFacts::of(request).mode == FetchRequest::Mode::Cors
        && !reasons.isEmpty()) {
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
    if (!prepared.body.isNull())
        text += u" --data-raw "_s + shellQuoted(QString::fromUtf8(prepared.body));
    return text + u'\n';
}

QString fetchCall(const FetchRequest &request)
{
    QString text = u"const response = await fetch("_s + jsString(request.url.toString())
        + u", {\n  method: "_s + jsString(request.method) + u",\n";
    text += headersProperty(request.headers);
    if (!request.body.isNull())
        text += u"  body: "_s + jsString(QString::fromUtf8(request.body)) + u",\n";
    text += u"  credentials: "_s + jsString(FetchRequest::credentialsName(request.credentials))
        + u",\n  mode: " + jsString(FetchRequest::modeName(request.mode)) + u",\n";
    if (request.targetAddressSpace)
        text += u"  targetAddressSpace: "_s
            + jsString(AddressSpaces::name(*request.targetAddressSpace)) + u",\n";
    return text + u"});\n";
}

QString xmlHttpRequestCode(const FetchRequest &request)
{
    QString text = u"const xhr = new XMLHttpRequest();\nxhr.open("_s + jsString(request.method)
        + u", " + jsString(request.url.toString()) + u");\n";
    if (withCredentials(request))
        text += u"xhr.withCredentials = true;\n"_s;
    for (const auto &line : request.headers.lines())
        text += u"xhr.setRequestHeader("_s + jsString(QString::fromLatin1(line.first)) + u", "
            + jsString(QString::fromLatin1(line.second)) + u");\n";
    if (request.uploadListener)
        text += u"xhr.upload.onprogress = (event) => console.log(\"sent\", event.loaded);\n"_s;
    text += u"xhr.onload = () => console.log(xhr.status, xhr.responseText);\n"
            u"xhr.onerror = () => console.log(\"network error: the console says why\");\n"_s;
    text += request.body.isNull()
        ? u"xhr.send();\n"_s
        : u"xhr.send("_s + jsString(QString::fromUtf8(request.body)) + u");\n";
    return text;
}

QString axiosCall(const FetchRequest &request)
{
    QString text = u"const response = await axios({\n  method: "_s
        + jsString(request.method.toLower()) + u",\n  url: " + jsString(request.url.toString())
        + u",\n";
    text += headersProperty(request.headers);
    if (!request.body.isNull())
        text += u"  data: "_s + jsString(QString::fromUtf8(request.body)) + u",\n";
    if (withCredentials(request))
        text += u"  withCredentials: true,\n"_s;
    if (request.uploadListener)
        text += u"  onUploadProgress: (event) => console.log(\"sent\", event.loaded),\n"_s;
    return text + u"});\n"_s;
}

QString elementCode(const FetchRequest &request)
{
    const QString url = request.url.toString().toHtmlEscaped();
    const QString crossOrigin = crossOriginAttribute(request);
    switch (request.initiator) {
    case FetchRequest::Initiator::Image:
        return u"<img"_s + crossOrigin + u" src=\"" + url + u"\" alt=\"\">\n";
    case FetchRequest::Initiator::Script:
        return u"<script"_s + crossOrigin + u" src=\"" + url + u"\"></script>\n";
    case FetchRequest::Initiator::ModuleScript:
        return u"<script type=\"module\""_s + crossOrigin + u" src=\"" + url + u"\"></script>\n";
    case FetchRequest::Initiator::Stylesheet:
        return u"<link rel=\"stylesheet\""_s + crossOrigin + u" href=\"" + url + u"\">\n";
    case FetchRequest::Initiator::Font:
        // Chromium fetches a font only when text uses it, so the rule comes with a use.
        return u"<style>\n  @font-face {\n    font-family: \"Playground\";\n    src: url("_s
            // QUrl percent-encodes quotes and backslashes, so the URL is a CSS string as it is.
            + u'"' + request.url.toString() + u'"'
            + u");\n  }\n  body { font-family: \"Playground\", sans-serif; }\n</style>\n";
    case FetchRequest::Initiator::Fetch:
    case FetchRequest::Initiator::XmlHttpRequest:
        break;
    }
    return {};
}

QString pageCode(const FetchRequest &request)
{
    switch (request.initiator) {
    case FetchRequest::Initiator::Fetch:
        return fetchCall(request);
    case FetchRequest::Initiator::XmlHttpRequest:
        return xmlHttpRequestCode(request);
    case FetchRequest::Initiator::Font:
    case FetchRequest::Initiator::Image:
    case FetchRequest::Initiator::Script:
    case FetchRequest::Initiator::ModuleScript:
    case FetchRequest::Initiator::Stylesheet:
        break;
    }
    return elementCode(request);
}

} // namespace RequestSnippets

#include "cli/CheckCommand.h"

#include "cli/CommandLine.h"
#include "core/browser/BrowserSimulator.h"
#include "core/browser/FetchRules.h"
#include "core/browser/SimulationJson.h"
#include "core/browser/TraceText.h"
#include "core/export/HarExport.h"
#include "core/http/HttpSyntax.h"
#include "core/log/RequestLog.h"
#include "core/policy/PolicyFile.h"
#include "core/server/PlaygroundServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QHostInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace {

// One translation context for this file's strings, for tr() and lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

int fail(const QString &message)
{
    return CommandLine::badInput(u"check"_s, message);
}

// Why an initiator refuses options, for the message that names them.
QString initiatorRule(FetchRequest::Initiator initiator)
{
    switch (initiator) {
    case FetchRequest::Initiator::Fetch:
        return Text::tr("only elements have a crossorigin attribute and only XMLHttpRequest an "
                        "upload listener.");
    case FetchRequest::Initiator::XmlHttpRequest:
        return Text::tr("XMLHttpRequest has no mode (it is always CORS) and no crossorigin "
                        "attribute; --credentials include means withCredentials = true.");
    case FetchRequest::Initiator::Font:
        return Text::tr("@font-face always loads with GET, CORS and same-origin credentials.");
    default:
        return Text::tr("an element always loads with GET and the browser's own headers; its "
                        "crossorigin attribute sets the mode and credentials.");
    }
}

// Reads --initiator and the options that belong to one initiator; refuses, naming them, the
// options that make no sense for the chosen one.
QString readInitiator(const QCommandLineParser &parser, FetchRequest *request)
{
    const QString name = parser.value(u"initiator"_s);
    QStringList names;
    for (const FetchRequest::Initiator initiator : FetchRequest::initiators())
        names.append(FetchRequest::initiatorName(initiator));
    if (!FetchRequest::parseInitiator(name, &request->initiator))
        return Text::tr("--initiator: \"%1\" is not one of %2.").arg(name, names.join(u", "_s));
    using Initiator = FetchRequest::Initiator;
    const Initiator initiator = request->initiator;
    const bool element = FetchRequest::isElement(initiator);
    QStringList senseless;
    if (parser.isSet(u"mode"_s) && initiator != Initiator::Fetch)
        senseless.append(u"--mode"_s);
    if (initiator != Initiator::Fetch && initiator != Initiator::XmlHttpRequest) {
        if (parser.isSet(u"body"_s))
            senseless.append(u"--body"_s);
        if (parser.isSet(u"header"_s))
            senseless.append(u"--header"_s);
        if (FetchRules::normalizeMethod(request->method) != "GET")
            senseless.append(u"--method "_s + request->method);
        if (parser.isSet(u"credentials"_s))
            senseless.append(u"--credentials"_s);
    }
    if (parser.isSet(u"crossorigin"_s) && !element)
        senseless.append(u"--crossorigin"_s);
    if (parser.isSet(u"upload-listener"_s) && initiator != Initiator::XmlHttpRequest)
        senseless.append(u"--upload-listener"_s);
    if (!senseless.isEmpty())
        return Text::tr("--initiator %1 does not take %2: %3")
            .arg(name, senseless.join(u", "_s), initiatorRule(initiator));
    if (initiator == Initiator::XmlHttpRequest
        && request->credentials == FetchRequest::Credentials::Omit)
        return Text::tr("--credentials omit: XMLHttpRequest has only withCredentials, false "
                        "(same-origin, the default) or true (include).");
    if (parser.isSet(u"crossorigin"_s)
        && (parser.value(u"crossorigin"_s).isEmpty()
            || !FetchRequest::parseCrossOrigin(parser.value(u"crossorigin"_s),
                                               &request->crossOrigin)))
        return Text::tr("--crossorigin: \"%1\" is not anonymous or use-credentials (leave the "
                        "option out for an element without the attribute).")
            .arg(parser.value(u"crossorigin"_s));
    request->uploadListener = parser.isSet(u"upload-listener"_s);
    return {};
}

// Reads the request from the options; on bad input returns the message to print.
QString readRequest(const QCommandLineParser &parser, FetchRequest *request)
{
    const QString origin = parser.value(u"origin"_s);
    if (origin.isEmpty())
        return Text::tr("--origin is required: the origin of the page that calls fetch(), e.g. "
                        "http://localhost:5173");
    const QString originProblem = HttpSyntax::originProblem(origin);
    if (!originProblem.isEmpty() || origin == u"*")
        return u"--origin: "_s
            + (origin == u"*" ? Text::tr("\"*\" is not an origin a page can have.")
                              : originProblem);
    request->pageOrigin = origin;

    request->method = parser.value(u"method"_s);
    const QString methodProblem = HttpSyntax::methodProblem(request->method);
    if (!methodProblem.isEmpty() || request->method == u"*")
        return u"--method: "_s
            + (methodProblem.isEmpty() ? Text::tr("\"*\" is not a method.") : methodProblem);

    for (const QString &line : parser.values(u"header"_s)) {
        const qsizetype colon = line.indexOf(u':');
        const QString name = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (colon <= 0)
            return Text::tr("--header: \"%1\" is not \"Name: value\".").arg(line);
        QString problem = HttpSyntax::headerNameProblem(name);
        if (problem.isEmpty() && name == u"*")
            problem = Text::tr("\"*\" is not a header name.");
        if (problem.isEmpty())
            problem = HttpSyntax::headerValueProblem(value);
        if (!problem.isEmpty())
            return u"--header: "_s + problem;
        request->headers.append(name.toLatin1(), value.toLatin1());
    }
    if (parser.isSet(u"body"_s))
        request->body = parser.value(u"body"_s).toUtf8();
    request->cookies = parser.value(u"cookie"_s).toLatin1();
    if (!HttpSyntax::isValidHeaderValue(request->cookies))
        return u"--cookie: "_s + HttpSyntax::headerValueProblem(parser.value(u"cookie"_s));
    if (!FetchRequest::parseCredentials(parser.value(u"credentials"_s), &request->credentials))
        return Text::tr("--credentials: \"%1\" is not omit, same-origin or include.")
            .arg(parser.value(u"credentials"_s));
    if (!FetchRequest::parseMode(parser.value(u"mode"_s), &request->mode))
        return Text::tr("--mode: \"%1\" is not cors or no-cors.").arg(parser.value(u"mode"_s));
    return readInitiator(parser, request);
}

// Reads one of the address-space options into `space`, if given.
QString readAddressSpace(const QCommandLineParser &parser, const QString &option,
                         std::optional<AddressSpace> *space)
{
    if (!parser.isSet(option))
        return {};
    AddressSpace parsed = AddressSpace::Public;
    if (!AddressSpaces::parse(parser.value(option), &parsed))
        return Text::tr("--%1: \"%2\" is not public, local or loopback.")
            .arg(option, parser.value(option));
    *space = parsed;
    return {};
}

// The Local Network Access options. Without --server-address-space, a live --url is in the
// space of the address its host resolves to; the served policy stands in for the user's API
// and keeps the page's space (FetchRequest's default).
QString readLocalNetworkAccess(const QCommandLineParser &parser, FetchRequest *request)
{
    for (const auto &[option, space] :
         {std::pair{u"page-address-space"_s, &request->pageAddressSpace},
          std::pair{u"server-address-space"_s, &request->serverAddressSpace},
          std::pair{u"target-address-space"_s, &request->targetAddressSpace}}) {
        const QString problem = readAddressSpace(parser, option, space);
        if (!problem.isEmpty())
            return problem;
    }
    if (request->targetAddressSpace && request->initiator != FetchRequest::Initiator::Fetch)
        return Text::tr("--target-address-space: only fetch() has the targetAddressSpace option.");
    const QString permission = parser.value(u"local-network-permission"_s);
    if (!FetchRequest::parsePermission(permission, &request->localNetworkPermission))
        return Text::tr("--local-network-permission: \"%1\" is not prompt, granted or denied.")
            .arg(permission);
    if (parser.isSet(u"url"_s) && !request->serverAddressSpace) {
        const QList<QHostAddress> addresses = QHostInfo::fromName(request->url.host()).addresses();
        request->serverAddressSpace = addresses.isEmpty()
            ? AddressSpaces::ofHost(request->url.host())
            : AddressSpaces::ofAddress(addresses.first());
    }
    return {};
}

} // namespace

namespace CheckCommand {

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Do what a browser does for one request (fetch(), XMLHttpRequest, a font or an "
                 "element) and say whether CORS allows it. "
                 "Without --url the policy is served on a free loopback port for the check."));
    parser.addHelpOption();
    parser.addOptions({
        {u"policy"_s, Text::tr("Policy JSON file to serve (default: Starlette's defaults)."),
         Text::tr("FILE")},
        {u"origin"_s, Text::tr("Origin of the calling page (required)."), Text::tr("ORIGIN")},
        {u"method"_s, Text::tr("Method as written in fetch() (default GET)."), Text::tr("M"),
         u"GET"_s},
        {u"path"_s, Text::tr("Path on the served policy's server (default /api/data)."),
         Text::tr("P"), u"/api/data"_s},
        {u"url"_s, Text::tr("Check this live http(s):// URL instead of serving a policy."),
         Text::tr("URL")},
        {u"header"_s, Text::tr("Request header, repeatable."), Text::tr("'Name: value'")},
        {u"body"_s, Text::tr("Request body (a string)."), Text::tr("TEXT")},
        {u"cookie"_s,
         Text::tr("Cookies the browser holds for the target, sent when credentials allow."),
         Text::tr("'name=value; ...'")},
        {u"credentials"_s, Text::tr("omit, same-origin (default) or include."), Text::tr("MODE"),
         u"same-origin"_s},
        {u"mode"_s, Text::tr("cors (default) or no-cors (fetch only)."), Text::tr("MODE"),
         u"cors"_s},
        {u"initiator"_s,
         Text::tr("What sends the request: fetch (default), xhr, font, image, script, "
                  "module-script or stylesheet."),
         Text::tr("NAME"), u"fetch"_s},
        {u"crossorigin"_s,
         Text::tr("An element's crossorigin attribute: anonymous or use-credentials; left out, "
                  "the element has none."),
         Text::tr("VALUE")},
        {u"upload-listener"_s,
         Text::tr("XMLHttpRequest: register an upload listener before send().")},
        {u"page-address-space"_s,
         Text::tr("Local Network Access: the page's address space, public, local or loopback "
                  "(default: from the origin's host)."),
         Text::tr("SPACE")},
        {u"server-address-space"_s,
         Text::tr("The server's address space (default: the page's for the served policy; for "
                  "--url, the space of the address its host resolves to)."),
         Text::tr("SPACE")},
        {u"local-network-permission"_s,
         Text::tr("What the user answered to Chromium's local-network prompt: prompt (not yet: "
                  "Chromium asks, and the verdict is what follows a dismissal), granted or "
                  "denied."),
         Text::tr("ANSWER"), u"prompt"_s},
        {u"target-address-space"_s, Text::tr("fetch()'s targetAddressSpace option."),
         Text::tr("SPACE")},
        {u"json"_s, Text::tr("Print one JSON object instead of the trace.")},
        {u"har"_s, Text::tr("Also write the exchanges as an HTTP Archive (HAR 1.2)."),
         Text::tr("FILE")},
    });
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s))
        parser.showHelp(CommandLine::Success);
    if (!parser.positionalArguments().isEmpty())
        return fail(
            Text::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    FetchRequest request;
    const QString problem = readRequest(parser, &request);
    if (!problem.isEmpty())
        return fail(problem);

    RequestLog log;
    PlaygroundServer server(&log);
    if (parser.isSet(u"url"_s)) {
        if (parser.isSet(u"policy"_s) || parser.isSet(u"path"_s))
            return fail(Text::tr("--url checks a live server: leave out --policy and --path."));
        request.url = QUrl(parser.value(u"url"_s), QUrl::StrictMode);
        if (!request.url.isValid()
            || (request.url.scheme() != u"http" && request.url.scheme() != u"https")
            || request.url.host().isEmpty())
            return fail(Text::tr("--url: \"%1\" is not an http:// or https:// URL.")
                            .arg(parser.value(u"url"_s)));
    } else {
        CorsPolicy policy;
        if (parser.isSet(u"policy"_s)) {
            const PolicyFile::LoadResult loaded = PolicyFile::load(parser.value(u"policy"_s));
            if (!loaded.ok())
                return fail(loaded.errors.join(u"\n"_s));
            policy = loaded.policy;
        }
        const QString path = parser.value(u"path"_s);
        if (!path.startsWith(u'/'))
            return fail(Text::tr("--path: \"%1\" must start with /.").arg(path));
        server.setPolicy(policy);
        QString error;
        if (!server.start(QHostAddress::LocalHost, 0, &error))
            return fail(error);
        request.url = server.baseUrl().resolved(QUrl(path));
    }
    const QString spaceProblem = readLocalNetworkAccess(parser, &request);
    if (!spaceProblem.isEmpty())
        return fail(spaceProblem);

    BrowserSimulator simulator;
    SimulationResult result;
    QEventLoop loop;
    QObject::connect(&simulator, &BrowserSimulator::finished, &loop,
                     [&](const SimulationResult &finished) {
                         result = finished;
                         loop.quit();
                     });
    simulator.simulate(request);
    loop.exec();

    if (parser.isSet(u"har"_s)) {
        QSaveFile har(parser.value(u"har"_s));
        if (!har.open(QIODevice::WriteOnly)
            || har.write(QJsonDocument(HarExport::toHar(result)).toJson()) < 0 || !har.commit())
            return fail(
                Text::tr("--har: cannot write %1: %2").arg(har.fileName(), har.errorString()));
    }
    QTextStream out(stdout);
    if (parser.isSet(u"json"_s))
        out << QJsonDocument(SimulationJson::toJson(result)).toJson(QJsonDocument::Indented);
    else
        out << TraceText::format(result);
    return result.allowed ? CommandLine::Success : CommandLine::Blocked;
}

} // namespace CheckCommand

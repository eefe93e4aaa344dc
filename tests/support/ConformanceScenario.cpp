#include "support/ConformanceScenario.h"

#include "core/browser/FetchRequestJson.h"
#include "core/diagnose/ConsolePaste.h"
#include "core/diagnose/Diagnosis.h"
#include "core/policy/PolicyJson.h"
#include "core/server/PlaygroundServer.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

ConformanceScenario ConformanceScenario::fromJson(const QJsonObject &original,
                                                  const Servers &servers, QString *error)
{
    ConformanceScenario scenario;
    scenario.index = original.value(u"index"_s).toInt();
    const QJsonObject object
        = QJsonDocument::fromJson(QJsonDocument(original).toJson().replace(
                                      "{index}", QByteArray::number(scenario.index)))
              .object();
    const QJsonObject requestObject = object.value(u"request"_s).toObject();
    scenario.name = object.value(u"name"_s).toString();
    const PolicyJson::ParseResult policy
        = PolicyJson::fromJsonObject(object.value(u"policy"_s).toObject());
    if (!policy.ok()) {
        *error = scenario.name + u": "_s + policy.errors.first().toString();
        return scenario;
    }
    scenario.policy = policy.policy;
    scenario.repeat = object.value(u"repeat"_s).toInt(1);
    scenario.firefoxDiffers = object.value(u"firefox_differs"_s).toString();
    scenario.prefix = u"/s%1/"_s.arg(scenario.index);
    FetchRequest &request = scenario.request;
    request.pageOrigin = servers.pageOrigin;
    const QString target = requestObject.value(u"target"_s).toString();
    const QUrl base = target == u"page" ? QUrl(servers.pageOrigin)
        : target == u"local-api"        ? servers.localApi
        : target == u"public-api"       ? servers.publicApi
                                        : servers.api;
    request.url = base.resolved(
        QUrl(scenario.prefix.chopped(1) + requestObject.value(u"path"_s).toString()));
    request.method = requestObject.value(u"method"_s).toString();
    for (const QJsonValue &header : requestObject.value(u"headers"_s).toArray())
        request.headers.append(header.toArray().at(0).toString().toLatin1(),
                               header.toArray().at(1).toString().toLatin1());
    if (requestObject.value(u"body"_s).isString())
        request.body = requestObject.value(u"body"_s).toString().toUtf8();
    FetchRequest::parseCredentials(requestObject.value(u"credentials"_s).toString(),
                                   &request.credentials);
    FetchRequest::parseMode(requestObject.value(u"mode"_s).toString(), &request.mode);
    const QString initiator = requestObject.value(u"initiator"_s).toString(u"fetch"_s);
    const QString crossOrigin = requestObject.value(u"crossorigin"_s).toString();
    if (!FetchRequest::parseInitiator(initiator, &request.initiator)
        || !FetchRequest::parseCrossOrigin(crossOrigin, &request.crossOrigin)) {
        *error = scenario.name + u": unknown initiator or crossorigin"_s;
        return scenario;
    }
    request.uploadListener = requestObject.value(u"upload_listener"_s).toBool();
    const QString spaceProblem = FetchRequestJson::readLocalNetworkAccess(requestObject, &request);
    if (!spaceProblem.isEmpty()) {
        *error = scenario.name + u": "_s + spaceProblem;
        return scenario;
    }

    scenario.forPage = requestObject;
    scenario.forPage.insert(u"index"_s, scenario.index);
    scenario.forPage.insert(u"url"_s, request.url.toString());
    scenario.forPage.insert(u"repeat"_s, scenario.repeat);
    scenario.forPage.insert(u"initiator"_s, initiator);
    scenario.forPage.insert(u"crossorigin"_s, crossOrigin);
    error->clear();
    return scenario;
}

QStringList serverSaw(const QList<RequestLogEntry> &entries, const ConformanceScenario &scenario)
{
    QStringList lines;
    for (const RequestLogEntry &entry : entries) {
        if (!entry.target.startsWith(scenario.prefix))
            continue;
        QString line = QString::fromLatin1(entry.method) + u' ' + entry.target;
        QList<QByteArray> names{"Origin",
                                "Access-Control-Request-Method",
                                "Access-Control-Request-Headers",
                                "Access-Control-Request-Private-Network",
                                "Access-Control-Request-Local-Network",
                                "Content-Type",
                                "Sec-Fetch-Dest",
                                "Sec-Fetch-Mode"};
        for (const auto &header : scenario.request.headers.lines())
            names.append(header.first);
        for (const QByteArray &name : std::as_const(names)) {
            if (entry.requestHeaders.contains(name))
                line += u" | "_s
                    + QString::fromLatin1(name.toLower() + ": "
                                          + entry.requestHeaders.combinedValue(name));
        }
        lines.append(line);
    }
    return lines;
}

QStringList corsMessagesBetween(const QStringList &console, int index)
{
    QStringList found;
    const qsizetype begin = console.indexOf(u"BEGIN %1"_s.arg(index));
    const qsizetype end = console.indexOf(u"END %1"_s.arg(index));
    for (qsizetype line = begin + 1; begin >= 0 && line < end; ++line) {
        if (console.at(line).contains(u"has been blocked by CORS policy"))
            found.append(console.at(line));
    }
    return found;
}

SimulationResult simulateRequest(BrowserSimulator &simulator, const FetchRequest &request)
{
    SimulationResult result;
    QEventLoop loop;
    const auto connection = QObject::connect(&simulator, &BrowserSimulator::finished, &loop,
                                             [&](const SimulationResult &finished) {
                                                 result = finished;
                                                 loop.quit();
                                             });
    simulator.simulate(request);
    loop.exec();
    QObject::disconnect(connection);
    return result;
}

QString reproductionMismatch(const QString &line, PlaygroundServer *server)
{
    const QList<ConsoleError> errors = ConsolePaste::read(line);
    if (errors.size() != 1 || !errors.first().failure)
        return u"not read: "_s + line;
    const Diagnosis diagnosis = Diagnosis::of(errors.first(), PolicyExport::Format::FastApi);
    if (!diagnosis.reproduction)
        return u"no reproduction: "_s + line;
    const Reproduction &reproduction = *diagnosis.reproduction;
    server->setPolicy(reproduction.policy);
    FetchRequest request = reproduction.request;
    request.url = server->baseUrl().resolved(QUrl(reproduction.path));
    QString expected = line;
    expected.remove(QRegularExpression(u" \\(redirected from '[^']*'\\)"_s));
    expected.replace(errors.first().url.toString(QUrl::RemovePath | QUrl::RemoveQuery),
                     server->baseUrl().toString());
    BrowserSimulator simulator;
    const QString simulated = simulateRequest(simulator, request).chromiumMessage;
    return simulated == expected ? QString() : line + u"\n  reproduced as: "_s + simulated;
}

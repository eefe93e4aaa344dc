#include "core/classroom/ScenarioLibrary.h"

#include "core/browser/FetchRequestJson.h"
#include "core/policy/PolicyJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

// One translation context for this file's strings, for tr() and lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioLibrary)
};

} // namespace

Scenario ScenarioLibrary::parse(const QByteArray &json, QString *error)
{
    Scenario scenario;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    scenario.id = object.value(u"id"_s).toString();
    scenario.sourceTitle = object.value(u"title"_s).toString();
    scenario.sourceLesson = object.value(u"lesson"_s).toString();
    if (scenario.id.isEmpty() || scenario.sourceTitle.isEmpty()
        || scenario.sourceLesson.isEmpty()) {
        *error = Text::tr("id, title and lesson are required");
        return scenario;
    }
    const PolicyJson::ParseResult policy
        = PolicyJson::fromJsonObject(object.value(u"policy"_s).toObject());
    if (!policy.ok()) {
        *error = u"policy."_s + policy.errors.first().toString();
        return scenario;
    }
    scenario.policy = policy.policy;

    const QJsonObject request = object.value(u"request"_s).toObject();
    FetchRequest &fetch = scenario.request;
    fetch.pageOrigin = request.value(u"origin"_s).toString();
    fetch.method = request.value(u"method"_s).toString(u"GET"_s);
    scenario.path = request.value(u"path"_s).toString(u"/api/data"_s);
    for (const QJsonValue &line : request.value(u"headers"_s).toArray())
        fetch.headers.append(line.toArray().at(0).toString().toLatin1(),
                             line.toArray().at(1).toString().toLatin1());
    if (request.value(u"body"_s).isString())
        fetch.body = request.value(u"body"_s).toString().toUtf8();
    fetch.cookies = request.value(u"cookies"_s).toString().toLatin1();
    if (!FetchRequest::parseCredentials(request.value(u"credentials"_s).toString(u"same-origin"_s),
                                        &fetch.credentials)
        || !FetchRequest::parseMode(request.value(u"mode"_s).toString(u"cors"_s), &fetch.mode)) {
        *error = Text::tr("request: unknown credentials or mode");
        return scenario;
    }
    if (!FetchRequest::parseInitiator(request.value(u"initiator"_s).toString(u"fetch"_s),
                                      &fetch.initiator)
        || !FetchRequest::parseCrossOrigin(request.value(u"crossorigin"_s).toString(),
                                           &fetch.crossOrigin)) {
        *error = Text::tr("request: unknown initiator or crossorigin");
        return scenario;
    }
    fetch.uploadListener = request.value(u"upload_listener"_s).toBool();
    const QString spaceProblem = FetchRequestJson::readLocalNetworkAccess(request, &fetch);
    if (!spaceProblem.isEmpty()) {
        *error = u"request."_s + spaceProblem;
        return scenario;
    }

    const QJsonObject expected = object.value(u"expected"_s).toObject();
    const QString verdict = expected.value(u"verdict"_s).toString();
    if (verdict != u"allowed" && verdict != u"blocked") {
        *error = Text::tr("expected.verdict must be \"allowed\" or \"blocked\"");
        return scenario;
    }
    scenario.expectAllowed = verdict == u"allowed";
    scenario.expectedError = expected.value(u"error"_s).toString();
    scenario.expectedResponseType = expected.value(u"response_type"_s).toString();
    scenario.expectedExposedHeaders
        = expected.value(u"exposed_headers"_s).toVariant().toStringList();
    error->clear();
    return scenario;
}

ScenarioLibrary ScenarioLibrary::load(const QString &folder)
{
    ScenarioLibrary library;
    const QDir directory(folder);
    for (const QString &name : directory.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(directory.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            library.m_errors.append(name + u": "_s + file.errorString());
            continue;
        }
        QString error;
        const Scenario scenario = parse(file.readAll(), &error);
        if (error.isEmpty())
            library.m_scenarios.append(scenario);
        else
            library.m_errors.append(name + u": "_s + error);
    }
    return library;
}

const Scenario *ScenarioLibrary::find(const QString &id) const
{
    for (const Scenario &scenario : m_scenarios) {
        if (scenario.id == id)
            return &scenario;
    }
    return nullptr;
}

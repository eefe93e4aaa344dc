#include "support/FrameworkDifferential.h"

#include "core/log/RequestLog.h"
#include "core/policy/PolicyJson.h"
#include "core/policy/PolicyKeys.h"
#include "core/server/PlaygroundServer.h"
#include "support/HttpTestClient.h"
#include "support/RealServerProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {

QString describe(const RawHttpResponse &response, bool withBody)
{
    QString text = QString::number(response.status);
    if (withBody)
        text += u" \""_s + QString::fromLatin1(response.body) + u'"';
    for (const auto &line : FrameworkDifferential::corsLines(response.headers))
        text += u" | "_s + QString::fromLatin1(line.first + ": " + line.second);
    return text;
}

// The options of the policy's framework only: the rest does not answer.
QString optionsText(const CorsPolicy &policy)
{
    const QJsonObject json = PolicyJson::toJsonObject(policy);
    const QString key = policy.framework == CorsPolicy::Framework::Express ? PolicyKeys::express
        : policy.framework == CorsPolicy::Framework::FlaskCors             ? PolicyKeys::flaskCors
                                                               : PolicyKeys::djangoCorsHeaders;
    return QString::fromUtf8(
        QJsonDocument(json.value(key).toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

namespace FrameworkDifferential {

QList<HeaderLines::Line> corsLines(const HeaderLines &headers)
{
    QList<HeaderLines::Line> lines;
    for (const auto &line : headers.lines()) {
        const QByteArray name = line.first.toLower();
        if (name.startsWith("access-control-") || name == "vary")
            lines.append({name, line.second});
    }
    return lines;
}

Result run(const QString &program, const QString &script, const QProcessEnvironment &environment,
           const QList<CorsPolicy> &policies)
{
    QTemporaryDir directory;
    RealServerProcess server;
    Result result;
    if (!server.start(program, {script, writePolicies(directory.path(), policies)}, environment,
                      &result.error))
        return result;
    const QList<Request> sent = requests();
    result = compare(server.port(), policies, sent);
    result.optionSets = int(policies.size());
    result.requestCount = int(sent.size());
    qInfo("compared %d exchanges over %d option sets and %d requests, %d differ", result.compared,
          result.optionSets, result.requestCount, int(result.mismatches.size()));
    return result;
}

QList<Request> requests()
{
    const QString api = u"/api/data"_s;
    const QString other = u"/other/page"_s;
    using H = HeaderLines;
    return {
        {"GET", api, H{}},
        {"GET", u"/"_s, H{{"Origin", "https://a.test"}}},
        {"GET", api, H{{"Origin", "https://a.test"}}},
        {"GET", other, H{{"Origin", "https://a.test"}}},
        {"GET", api, H{{"Origin", "https://evil.test"}}},
        {"GET", api, H{{"Origin", "null"}}},
        {"GET", api, H{{"Origin", "HTTPS://A.TEST"}}},
        {"GET", api, H{{"Origin", "https://a.test.evil.net"}}},
        {"GET", api, H{{"Origin", "https://app.example.org"}}},
        {"GET", api, H{{"Origin", "https://app.example.org.evil.net"}}},
        {"GET", api, H{{"Origin", "https://a.test/path"}}},
        {"POST", api, H{{"Origin", "https://a.test"}, {"Cookie", "session=1"}}},
        {"PUT", api, H{{"Origin", "https://b.test:8443"}}},
        {"DELETE", other, H{{"Origin", "https://evil.test"}}},
        {"HEAD", api, H{{"Origin", "https://a.test"}}},
        {"OPTIONS", api, H{{"Origin", "https://a.test"}}},
        {"OPTIONS", api, H{}},
        {"OPTIONS", api, H{{"Origin", "https://a.test"}, {"Access-Control-Request-Method", "PUT"}}},
        {"OPTIONS", api,
         H{{"Origin", "https://a.test"},
           {"Access-Control-Request-Method", "PUT"},
           {"Access-Control-Request-Headers", "x-api-key,content-type"}}},
        {"OPTIONS", other,
         H{{"Origin", "https://a.test"}, {"Access-Control-Request-Method", "PROPFIND"}}},
        {"OPTIONS", api,
         H{{"Origin", "https://evil.test"}, {"Access-Control-Request-Method", "GET"}}},
        {"OPTIONS", api,
         H{{"Origin", "null"},
           {"Access-Control-Request-Method", "DELETE"},
           {"Access-Control-Request-Headers", "X-Custom"}}},
        {"OPTIONS", api,
         H{{"Origin", "HTTPS://A.TEST"},
           {"Access-Control-Request-Method", "PATCH"},
           {"Access-Control-Request-Headers", "authorization"}}},
        {"OPTIONS", api, H{{"Origin", "https://a.test"}, {"Access-Control-Request-Method", "GE"}}},
        {"OPTIONS", api, H{{"Origin", "https://a.test"}, {"Access-Control-Request-Method", "put"}}},
        {"OPTIONS", api,
         H{{"Origin", "https://app.example.org"},
           {"Access-Control-Request-Method", "PUT"},
           {"Access-Control-Request-Headers", "x-b, X-a,,content-type"}}},
        {"OPTIONS", api,
         H{{"Origin", "https://b.test:8443"},
           {"Access-Control-Request-Method", "POST"},
           {"Cookie", "session=1"}}},
    };
}

QString writePolicies(const QString &folder, const QList<CorsPolicy> &policies)
{
    QJsonArray array;
    for (const CorsPolicy &policy : policies)
        array.append(PolicyJson::toJsonObject(policy));
    QFile file(folder + u"/policies.json"_s);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(array).toJson());
    return file.fileName();
}

Result compare(quint16 realServerPort, const QList<CorsPolicy> &policies,
               const QList<Request> &requests)
{
    RequestLog log;
    PlaygroundServer playground(&log);
    Result result;
    if (!playground.start()) {
        result.mismatches.append(u"the playground's server did not start"_s);
        return result;
    }
    for (qsizetype index = 0; index < policies.size(); ++index) {
        playground.setPolicy(policies.at(index));
        for (const Request &request : requests) {
            HeaderLines realHeaders = request.headers;
            realHeaders.append("X-Policy-Index", QByteArray::number(index));
            QString error;
            const auto real
                = exchange({request.method,
                            QUrl(u"http://127.0.0.1:%1%2"_s.arg(realServerPort).arg(request.path)),
                            realHeaders,
                            {}},
                           &error);
            const auto ours = exchange({request.method,
                                        playground.baseUrl().resolved(QUrl(request.path)),
                                        request.headers,
                                        {}},
                                       &error);
            ++result.compared;
            const bool withBody = request.method == "OPTIONS";
            const QString expected = real ? describe(*real, withBody) : u"no answer: "_s + error;
            const QString actual = ours ? describe(*ours, withBody) : u"no answer: "_s + error;
            if (expected == actual)
                continue;
            QString sent = QString::fromLatin1(request.method) + u' ' + request.path;
            for (const auto &line : request.headers.lines())
                sent += u" | "_s + QString::fromLatin1(line.first + ": " + line.second);
            result.mismatches.append(
                u"policy %1 %2\n  request:    %3\n  library:    %4\n  playground: %5"_s.arg(index)
                    .arg(optionsText(policies.at(index)), sent, expected, actual));
        }
    }
    return result;
}

} // namespace FrameworkDifferential

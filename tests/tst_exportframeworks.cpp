#include "core/browser/BrowserSimulator.h"
#include "core/export/PolicyExport.h"
#include "core/log/RequestLog.h"
#include "core/server/PlaygroundServer.h"
#include "support/OracleTools.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The exported code, run with the real frameworks (Debian's FastAPI, Flask-CORS and nginx,
// npm's express and cors), must give a browser the same result as the playground: the same
// verdict, the same readable headers and the same preflight caching, request by request.
namespace {

const QString origin = u"http://localhost:3000"_s;

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool waitUntilListening(quint16 port, QProcess &process)
{
    return QTest::qWaitFor(
               [port, &process] {
                   if (process.state() == QProcess::NotRunning)
                       return true;
                   QTcpSocket socket;
                   socket.connectToHost(QHostAddress::LocalHost, port);
                   return socket.waitForConnected(100);
               },
               20000)
        && process.state() == QProcess::Running;
}

QList<FetchRequest> requests()
{
    const auto make = [](const QString &method, const QString &from, const HeaderLines &headers,
                         FetchRequest::Credentials credentials, const QByteArray &cookies = {}) {
        FetchRequest request;
        request.pageOrigin = from;
        request.method = method;
        request.headers = headers;
        request.credentials = credentials;
        request.cookies = cookies;
        return request;
    };
    const auto same = FetchRequest::Credentials::SameOrigin;
    const auto include = FetchRequest::Credentials::Include;
    return {make(u"GET"_s, origin, {}, same),
            make(u"GET"_s, u"http://evil.test"_s, {}, same),
            make(u"GET"_s, origin, {}, include),
            make(u"GET"_s, origin, {}, include, "session=1"),
            make(u"PUT"_s, origin, {}, same),
            make(u"DELETE"_s, origin, {}, same),
            make(u"GET"_s, origin, {{"X-API-Key", "1"}}, same),
            make(u"POST"_s, origin, {{"Content-Type", "application/json"}}, same),
            make(u"PUT"_s, u"http://localhost:5173"_s, {{"X-Other", "1"}}, include)};
}

QList<CorsPolicy> policies()
{
    QList<CorsPolicy> list;
    CorsPolicy listed;
    listed.middleware.allowOrigins = {origin};
    listed.middleware.allowMethods = {u"GET"_s, u"PUT"_s};
    listed.middleware.allowHeaders = {u"X-API-Key"_s};
    listed.middleware.exposeHeaders = {u"X-Request-ID"_s};
    list.append(listed);
    CorsPolicy wildcard;
    wildcard.middleware.allowOrigins = {u"*"_s};
    list.append(wildcard);
    CorsPolicy wildcardCredentials;
    wildcardCredentials.middleware.allowOrigins = {u"*"_s};
    wildcardCredentials.middleware.allowCredentials = true;
    wildcardCredentials.middleware.allowMethods = {u"*"_s};
    list.append(wildcardCredentials);
    CorsPolicy credentials;
    credentials.middleware.allowOrigins = {origin};
    credentials.middleware.allowCredentials = true;
    credentials.middleware.allowMethods = {u"*"_s};
    credentials.middleware.allowHeaders = {u"*"_s};
    credentials.middleware.maxAge = 0;
    list.append(credentials);
    CorsPolicy regex;
    regex.middleware.allowOriginRegex = u"http://localhost:[0-9]+"_s;
    regex.middleware.allowMethods = {u"GET"_s, u"POST"_s, u"PUT"_s};
    regex.middleware.exposeHeaders = {u"X-Request-ID"_s};
    regex.middleware.maxAge = 30;
    list.append(regex);
    return list;
}

// What a browser can tell about one exchange.
QString outcome(const SimulationResult &result)
{
    QStringList exposed;
    for (const QByteArray &name : result.exposedHeaders)
        exposed.append(QString::fromLatin1(name));
    QString text = result.allowed ? u"allowed [%1]"_s.arg(exposed.join(u", ")) : u"blocked"_s;
    if (result.allowed && result.preflight && result.preflight->response)
        text += u" cached %1 s"_s.arg(
            CorsChecks::maxAgeSeconds(result.preflight->response->headers));
    return text;
}

} // namespace

class TestExportFrameworks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    QString m_nodeModules;

    SimulationResult simulate(FetchRequest request, const QUrl &server)
    {
        request.url = server.resolved(QUrl(u"/api/data"_s));
        BrowserSimulator simulator;
        QSignalSpy finished(&simulator, &BrowserSimulator::finished);
        simulator.simulate(request);
        finished.wait(10000);
        return finished.isEmpty() ? SimulationResult()
                                  : finished.first().first().value<SimulationResult>();
    }

    // Starts the exported code for one framework; the returned process serves on port.
    bool start(PolicyExport::Format format, const CorsPolicy &policy, quint16 port,
               QProcess &process)
    {
        const QString folder = m_directory.filePath(u"run%1"_s.arg(port));
        QDir().mkpath(folder);
        QString code = PolicyExport::render(policy, format);
        QString file = folder + u"/main.py"_s;
        QString program = u"/usr/bin/python3"_s;
        QStringList arguments;
        process.setWorkingDirectory(folder);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        switch (format) {
        case PolicyExport::Format::FastApi:
            arguments = {u"-m"_s,     u"uvicorn"_s,          u"main:app"_s,
                         u"--port"_s, QString::number(port), u"--log-level"_s,
                         u"warning"_s};
            break;
        case PolicyExport::Format::Flask:
            arguments = {u"-m"_s,  u"flask"_s,  u"--app"_s,           u"main"_s,
                         u"run"_s, u"--port"_s, QString::number(port)};
            break;
        case PolicyExport::Format::Express:
            file = folder + u"/main.js"_s;
            program = u"node"_s;
            arguments = {file};
            environment.insert(u"PORT"_s, QString::number(port));
            environment.insert(u"NODE_PATH"_s, m_nodeModules);
            break;
        case PolicyExport::Format::Nginx:
            file = folder + u"/nginx.conf"_s;
            code.replace(u"listen 127.0.0.1:8000;"_s, u"listen 127.0.0.1:%1;"_s.arg(port));
            code = u"daemon off;\nmaster_process off;\npid %1/nginx.pid;\nerror_log %1/error.log;\n"
                   u"events {}\nhttp {\naccess_log off;\nclient_body_temp_path %1;\n"
                   u"proxy_temp_path %1;\nfastcgi_temp_path %1;\nuwsgi_temp_path %1;\n"
                   u"scgi_temp_path %1;\n"_s.arg(folder)
                + code + u"}\n"_s;
            program = u"/usr/sbin/nginx"_s;
            arguments = {u"-p"_s, folder, u"-c"_s, file};
            break;
        case PolicyExport::Format::Headers:
            return false;
        }
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return false;
        out.write(code.toUtf8());
        out.close();
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(program, arguments);
        return waitUntilListening(port, process);
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_ORACLE_TOOLS(OracleTool::pythonModule(u"fastapi"_s, u"python3-fastapi"_s),
                             OracleTool::pythonModule(u"uvicorn"_s, u"python3-uvicorn"_s),
                             OracleTool::pythonModule(u"flask_cors"_s, u"python3-flask-cors"_s),
                             OracleTool::executable(u"/usr/sbin/nginx"_s, u"nginx-light"_s),
                             OracleTool::executable(u"node"_s, u"nodejs"_s),
                             OracleTool::executable(u"npm"_s, u"npm"_s));
        // express and cors come from the npm registry, once per run.
        QProcess npm;
        npm.setWorkingDirectory(m_directory.path());
        npm.start(u"npm"_s,
                  {u"install"_s, u"--no-audit"_s, u"--no-fund"_s, u"--silent"_s, u"express@4"_s,
                   u"cors@2"_s});
        QVERIFY2(npm.waitForFinished(240000) && npm.exitCode() == 0,
                 qPrintable(u"npm install express cors failed: "_s
                            + QString::fromUtf8(npm.readAllStandardError())));
        m_nodeModules = m_directory.filePath(u"node_modules"_s);
    }

    void sameBrowserResultAsThePlayground_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("fastapi") << int(PolicyExport::Format::FastApi);
        QTest::newRow("flask") << int(PolicyExport::Format::Flask);
        QTest::newRow("express") << int(PolicyExport::Format::Express);
        QTest::newRow("nginx") << int(PolicyExport::Format::Nginx);
    }

    void sameBrowserResultAsThePlayground()
    {
        QFETCH(int, format);
        QStringList differences;
        int compared = 0;
        const QList<CorsPolicy> all = policies();
        for (qsizetype index = 0; index < all.size(); ++index) {
            const CorsPolicy &policy = all.at(index);
            RequestLog log;
            PlaygroundServer playground(&log);
            playground.setPolicy(policy);
            QVERIFY(playground.start());
            const quint16 port = freePort();
            QProcess framework;
            QVERIFY2(start(PolicyExport::Format(format), policy, port, framework),
                     qPrintable(u"the exported code did not start for policy %1"_s.arg(index)));
            const QUrl frameworkUrl(u"http://127.0.0.1:%1"_s.arg(port));
            for (const FetchRequest &request : requests()) {
                const QString expected = outcome(simulate(request, playground.baseUrl()));
                const QString actual = outcome(simulate(request, frameworkUrl));
                ++compared;
                if (expected != actual)
                    differences.append(
                        u"policy %1, %2 %3 from %4 (credentials %5): playground %6, framework %7"_s
                            .arg(index)
                            .arg(request.method,
                                 QString::fromLatin1(request.headers.lines().value(0).first),
                                 request.pageOrigin,
                                 FetchRequest::credentialsName(request.credentials), expected,
                                 actual));
            }
            framework.terminate();
            if (!framework.waitForFinished(5000))
                framework.kill();
        }
        qInfo("compared %d requests", compared);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestExportFrameworks)
#include "tst_exportframeworks.moc"

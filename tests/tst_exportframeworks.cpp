#include "core/browser/BrowserSimulator.h"
#include "core/export/PolicyExport.h"
#include "core/log/RequestLog.h"
#include "core/policy/FrameworkConversion.h"
#include "core/policy/PolicyJson.h"
#include "core/server/PlaygroundServer.h"
#include "support/JsonText.h"
#include "support/NpmPackages.h"
#include "support/OracleTools.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The exported code, run with the real frameworks (Debian's FastAPI, Flask-CORS,
// django-cors-headers and nginx, npm's current express and express@4 with cors), must give a
// browser the same result as the playground serving the policy the code was written from: the
// same verdict, the same readable headers and the same preflight caching, request by request.
namespace {

using Format = PolicyExport::Format;
using Framework = CorsPolicy::Framework;

const QString origin = u"http://localhost:3000"_s;
const QString python = u"/usr/bin/python3"_s;

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

// Policies as a policy file writes them; a broken one is a test bug and stops the run.
QList<CorsPolicy> frameworkPolicies(const QList<QByteArray> &files)
{
    QList<CorsPolicy> list;
    for (const QByteArray &file : files) {
        const PolicyJson::ParseResult parsed = PolicyJson::parse(file);
        if (!parsed.ok())
            qFatal("bad test policy %s", file.constData());
        list.append(parsed.policy);
    }
    return list;
}

QList<CorsPolicy> policies(Framework framework)
{
    switch (framework) {
    case Framework::Starlette:
        break;
    case Framework::Express:
        return frameworkPolicies(
            {json("{'framework': 'express', 'express': {'origin': ['http://localhost:3000'], "
                  "'methods': 'GET,PUT', 'credentials': true, 'maxAge': 600, "
                  "'exposedHeaders': ['X-Request-ID']}}"),
             json("{'framework': 'express', 'express': {'origin': {'regex': "
                  "'localhost:[0-9]+$'}, 'allowedHeaders': ['X-API-Key', 'Content-Type'], "
                  "'maxAge': 0}}"),
             json("{'framework': 'express', 'express': {'origin': true, 'credentials': true, "
                  "'preflightContinue': true, 'exposedHeaders': 'X-Request-ID'}}")});
    case Framework::FlaskCors:
        return frameworkPolicies(
            {json("{'framework': 'flask-cors', 'flask_cors': {'origins': "
                  "'http://localhost:[0-9]+', 'supports_credentials': true, "
                  "'expose_headers': ['X-Request-ID']}}"),
             json("{'framework': 'flask-cors', 'flask_cors': {'origins': "
                  "['http://localhost:3000'], 'methods': 'GET, PUT', 'allow_headers': "
                  "['X-API-Key'], 'max_age': 0}}"),
             json("{'framework': 'flask-cors', 'flask_cors': {'send_wildcard': true, "
                  "'max_age': 30}}")});
    case Framework::DjangoCorsHeaders:
        return frameworkPolicies(
            {json("{'framework': 'django-cors-headers', 'django_cors_headers': "
                  "{'CORS_ALLOWED_ORIGINS': ['http://localhost:3000'], 'CORS_ALLOW_CREDENTIALS': "
                  "true, 'CORS_PREFLIGHT_MAX_AGE': 0}}"),
             json("{'framework': 'django-cors-headers', 'django_cors_headers': "
                  "{'CORS_ALLOW_ALL_ORIGINS': true, 'CORS_ALLOW_METHODS': ['GET', 'PUT'], "
                  "'CORS_EXPOSE_HEADERS': ['X-Request-ID']}}"),
             json("{'framework': 'django-cors-headers', 'django_cors_headers': "
                  "{'CORS_ALLOWED_ORIGIN_REGEXES': ['^http://localhost:\\\\d+$'], "
                  "'CORS_ALLOW_HEADERS': ['x-api-key', 'content-type'], "
                  "'CORS_PREFLIGHT_MAX_AGE': 30}}")});
    }
    return frameworkPolicies(
        {json("{'allow_origins': ['http://localhost:3000'], 'allow_methods': ['GET', 'PUT'], "
              "'allow_headers': ['X-API-Key'], 'expose_headers': ['X-Request-ID']}"),
         json("{'allow_origins': ['*']}"),
         json("{'allow_origins': ['*'], 'allow_credentials': true, 'allow_methods': ['*']}"),
         json("{'allow_origins': ['http://localhost:3000'], 'allow_credentials': true, "
              "'allow_methods': ['*'], 'allow_headers': ['*'], 'max_age': 0}"),
         json("{'allow_origin_regex': 'http://localhost:[0-9]+', 'allow_methods': ['GET', "
              "'POST', 'PUT'], 'expose_headers': ['X-Request-ID'], 'max_age': 30}")});
}

// The policy the exported code is written from, as PolicyExport documents it: the policy
// itself in its own library's format, the django-cors-headers settings for django, Starlette's
// terms otherwise.
CorsPolicy writtenFrom(const CorsPolicy &policy, Format format)
{
    const bool native = (format == Format::Express && policy.framework == Framework::Express)
        || (format == Format::Flask && policy.framework == Framework::FlaskCors);
    if (native)
        return policy;
    return FrameworkConversion::convert(policy,
                                        format == Format::Django ? Framework::DjangoCorsHeaders
                                                                 : Framework::Starlette)
        .policy;
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

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestExportFrameworks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    int m_exportsRun = 0;
    int m_compared = 0;

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

    // Starts the exported code for one framework; the returned process serves on port. The
    // server's output goes to server.log in folder, for the message when it does not start.
    bool start(Format format, const CorsPolicy &policy, quint16 port, const QString &nodeModules,
               const QString &folder, QProcess &process)
    {
        QDir().mkpath(folder);
        QString code = PolicyExport::render(policy, format);
        QString file = folder + u"/main.py"_s;
        QString program = python;
        QStringList arguments;
        process.setWorkingDirectory(folder);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        switch (format) {
        case Format::FastApi:
            arguments = {u"-m"_s,     u"uvicorn"_s,          u"main:app"_s,
                         u"--port"_s, QString::number(port), u"--log-level"_s,
                         u"warning"_s};
            break;
        case Format::Flask:
            arguments = {u"-m"_s,  u"flask"_s,  u"--app"_s,           u"main"_s,
                         u"run"_s, u"--port"_s, QString::number(port)};
            break;
        case Format::Express:
            file = folder + u"/main.js"_s;
            program = u"node"_s;
            arguments = {file};
            environment.insert(u"PORT"_s, QString::number(port));
            environment.insert(u"NODE_PATH"_s, nodeModules);
            break;
        case Format::Nginx:
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
        case Format::Django:
            arguments = {file, u"runserver"_s, u"127.0.0.1:%1"_s.arg(port), u"--noreload"_s};
            break;
        case Format::Headers:
            return false;
        }
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return false;
        out.write(code.toUtf8());
        out.close();
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setStandardOutputFile(folder + u"/server.log"_s);
        process.start(program, arguments);
        return waitUntilListening(port, process);
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_ORACLE_TOOLS(
            OracleTool::pythonModule(u"fastapi"_s, u"python3-fastapi"_s),
            OracleTool::pythonModule(u"uvicorn"_s, u"python3-uvicorn"_s),
            OracleTool::pythonModule(u"flask_cors"_s, u"python3-flask-cors"_s),
            OracleTool::pythonModule(u"corsheaders"_s, u"python3-django-cors-headers"_s),
            OracleTool::executable(u"/usr/sbin/nginx"_s, u"nginx-light"_s),
            OracleTool::executable(u"node"_s, u"nodejs"_s),
            OracleTool::executable(u"npm"_s, u"npm"_s));
    }

    void sameBrowserResultAsThePlayground_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("framework");
        // express and cors from the npm registry: today's release and the 4.x line.
        QTest::addColumn<QString>("npmFolder");
        QTest::addColumn<QStringList>("npmPackages");
        const QStringList current{u"express"_s, u"cors"_s};
        const QStringList four{u"express@4"_s, u"cors"_s};
        const auto row = [](const char *name, Format format, Framework framework,
                            const QString &folder = {}, const QStringList &packages = {}) {
            QTest::newRow(name) << int(format) << int(framework) << folder << packages;
        };
        row("fastapi", Format::FastApi, Framework::Starlette);
        row("flask", Format::Flask, Framework::Starlette);
        row("express (npm's current)", Format::Express, Framework::Starlette, u"express-current"_s,
            current);
        row("express 4", Format::Express, Framework::Starlette, u"express-4"_s, four);
        row("nginx", Format::Nginx, Framework::Starlette);
        row("django", Format::Django, Framework::Starlette);
        row("express options, express (npm's current)", Format::Express, Framework::Express,
            u"express-current"_s, current);
        row("express options, express 4", Format::Express, Framework::Express, u"express-4"_s,
            four);
        row("flask-cors options, flask", Format::Flask, Framework::FlaskCors);
        row("django-cors-headers options, django", Format::Django, Framework::DjangoCorsHeaders);
        // Other pairs go through Starlette's terms.
        row("express options, fastapi", Format::FastApi, Framework::Express);
        row("django-cors-headers options, express", Format::Express, Framework::DjangoCorsHeaders,
            u"express-current"_s, current);
    }

    void sameBrowserResultAsThePlayground()
    {
        QFETCH(int, format);
        QFETCH(int, framework);
        QFETCH(QString, npmFolder);
        QFETCH(QStringList, npmPackages);
        QString nodeModules;
        if (!npmFolder.isEmpty()) {
            QString error;
            const auto modules = ::npmPackages(npmFolder, npmPackages, &error);
            QVERIFY2(modules, qPrintable(error));
            nodeModules = *modules;
        }
        QStringList differences;
        int compared = 0;
        const QList<CorsPolicy> all = policies(Framework(framework));
        for (qsizetype index = 0; index < all.size(); ++index) {
            const CorsPolicy &policy = all.at(index);
            RequestLog log;
            PlaygroundServer playground(&log);
            playground.setPolicy(writtenFrom(policy, Format(format)));
            QVERIFY(playground.start());
            const quint16 port = freePort();
            const QString folder = m_directory.filePath(u"run%1"_s.arg(port));
            QProcess server;
            QVERIFY2(start(Format(format), policy, port, nodeModules, folder, server),
                     qPrintable(u"the exported code did not start for policy %1:\n%2"_s.arg(
                         QString::number(index), readAll(folder + u"/server.log"_s))));
            ++m_exportsRun;
            const QUrl serverUrl(u"http://127.0.0.1:%1"_s.arg(port));
            for (const FetchRequest &request : requests()) {
                const QString expected = outcome(simulate(request, playground.baseUrl()));
                const QString actual = outcome(simulate(request, serverUrl));
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
            server.terminate();
            if (!server.waitForFinished(5000))
                server.kill();
        }
        m_compared += compared;
        qInfo("compared %d requests", compared);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }

    // Django reads the file only when it runs; py_compile catches a syntax error without a
    // server, for the default policy no other case exports.
    void djangoExportOfTheDefaultPolicyCompiles()
    {
        const QString file = m_directory.filePath(u"default-django.py"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(PolicyExport::render(CorsPolicy(), Format::Django).toUtf8());
        out.close();
        QProcess compile;
        compile.setProcessChannelMode(QProcess::MergedChannels);
        compile.start(python, {u"-m"_s, u"py_compile"_s, file});
        QVERIFY(compile.waitForFinished(30000));
        QVERIFY2(compile.exitCode() == 0, compile.readAll().constData());
    }

    void cleanupTestCase()
    {
        qInfo("%d exports run, %d requests compared", m_exportsRun, m_compared);
    }
};

QTEST_GUILESS_MAIN(TestExportFrameworks)
#include "tst_exportframeworks.moc"

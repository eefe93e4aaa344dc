#include "gui/DesktopApplication.h"

#include "core/classroom/DemoPageServer.h"
#include "core/classroom/ScenarioLibrary.h"
#include "core/log/RequestLog.h"
#include "core/policy/PolicyFile.h"
#include "core/policy/PolicyJson.h"
#include "core/server/PlaygroundServer.h"
#include "gui/FirstExposureProbe.h"
#include "gui/LanguageSwitcher.h"
#include "gui/MainWindow.h"
#include "gui/PolicyController.h"
#include "gui/RequestComposer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// Long enough for the first paint, short enough that nobody reaches the demo menu before it.
constexpr int DemoPageStartDelayMilliseconds = 250;

// Starts with the last policy the user had, if it is still valid.
CorsPolicy lastPolicy(const QSettings &settings)
{
    const PolicyJson::ParseResult parsed
        = PolicyJson::parse(settings.value(u"policy/last"_s).toString().toUtf8());
    return parsed.ok() ? parsed.policy : CorsPolicy();
}

void takeScreenshot(MainWindow *window, const QString &path)
{
    // Let layouts settle and the diagram paint before grabbing.
    QTimer::singleShot(600, window, [window, path] {
        if (!window->grab().save(path))
            QTextStream(stderr) << "cors-playground: cannot write " << path << '\n';
        QApplication::quit();
    });
}

// Names the known scenarios, so the class need not look them up in the source.
QString unknownScenario(const ScenarioLibrary &library, const QString &id)
{
    qsizetype width = 0;
    for (const Scenario &scenario : library.scenarios())
        width = std::max(width, scenario.id.size());
    QString text = QObject::tr("no scenario \"%1\"; the scenarios are:").arg(id) + u'\n';
    for (const Scenario &scenario : library.scenarios())
        text += u"  "_s + scenario.id.leftJustified(width) + u"  "_s + scenario.title() + u'\n';
    return text;
}

// Reads --NAME into port when given; false, with the reason on stderr, when it is not a port.
bool portOption(const QCommandLineParser &parser, const QString &name, quint16 *port)
{
    if (!parser.isSet(name))
        return true;
    bool isNumber = false;
    const uint value = parser.value(name).toUInt(&isNumber);
    if (!isNumber || value > 65535) {
        QTextStream(stderr) << "cors-playground: --" << name << ": "
                            << QObject::tr("not a port number: \"%1\"").arg(parser.value(name))
                            << '\n';
        return false;
    }
    *port = quint16(value);
    return true;
}

} // namespace

namespace DesktopApplication {

QList<QCommandLineOption> options()
{
    // Start-up benchmarks only (bench/startup.py), so not listed in --help.
    QCommandLineOption exitWhenShown(u"exit-when-shown"_s,
                                     u"Print when the window is shown, then quit."_s);
    exitWhenShown.setFlags(QCommandLineOption::HiddenFromHelp);
    return {
        {u"policy"_s, QObject::tr("Start with this policy file."), u"FILE"_s},
        {u"port"_s, QObject::tr("Server port (default 8000, or a free one when taken)."), u"N"_s},
        {u"demo-port"_s,
         QObject::tr("Port of the real-browser demo page (default 8001, or a free one when "
                     "taken; 0 for any free port)."),
         u"N"_s},
        {u"origin"_s, QObject::tr("Page origin for the composer."), u"ORIGIN"_s},
        {u"method"_s, QObject::tr("Method for the composer."), u"M"_s},
        {u"credentials"_s, QObject::tr("omit, same-origin or include."), u"MODE"_s},
        {u"cookie"_s, QObject::tr("Cookies the browser holds for the target."), u"TEXT"_s},
        {u"send"_s, QObject::tr("Send the composed request at start.")},
        {u"tab"_s,
         QObject::tr("result, sequence, log, inspector or compare (the four libraries' answers)."),
         u"TAB"_s},
        {u"screenshot"_s, QObject::tr("Save a screenshot of the window and quit."), u"FILE"_s},
        {u"scenario"_s, QObject::tr("Load a classroom scenario by id."), u"ID"_s},
        {u"zoom"_s, QObject::tr("Text size in percent."), u"PERCENT"_s},
        {u"predict"_s, QObject::tr("Start in predict mode.")},
        {u"high-contrast"_s, QObject::tr("Start with high contrast colours.")},
        {u"window-size"_s, QObject::tr("Window size in pixels, e.g. 1920x1080."), u"WxH"_s},
        exitWhenShown,
    };
}

int run(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(u"cors-playground"_s);
    QApplication::setOrganizationName(u"cors-playground"_s);
    QApplication::setApplicationVersion(QStringLiteral(CORS_PLAYGROUND_VERSION));

    QCommandLineParser parser;
    // --help and --version are the command line's (cli/CommandLine), which needs no display.
    parser.addOptions(options());
    parser.process(application);
    quint16 demoPort = DemoPageServer::DefaultPort;
    // A fixed port is easier to type in a class; a free one keeps a second copy working.
    quint16 port = 8000;
    if (!portOption(parser, u"demo-port"_s, &demoPort) || !portOption(parser, u"port"_s, &port))
        return 2;

    QSettings settings;
    LanguageSwitcher languages(&settings);
    languages.restore();
    // Checked before the server and the window start, so that a mistyped id costs nothing.
    ScenarioLibrary scenarios;
    const Scenario *scenario = nullptr;
    if (parser.isSet(u"scenario"_s)) {
        scenarios = ScenarioLibrary::load();
        scenario = scenarios.find(parser.value(u"scenario"_s));
        if (!scenario) {
            QTextStream(stderr) << "cors-playground: --scenario: "
                                << unknownScenario(scenarios, parser.value(u"scenario"_s));
            return 2;
        }
    }
    RequestLog log;
    PlaygroundServer server(&log);
    CorsPolicy policy = lastPolicy(settings);
    if (parser.isSet(u"policy"_s)) {
        const PolicyFile::LoadResult loaded = PolicyFile::load(parser.value(u"policy"_s));
        if (!loaded.ok()) {
            QTextStream(stderr) << "cors-playground: " << loaded.errors.join(u'\n') << '\n';
            return 2;
        }
        policy = loaded.policy;
    }
    server.setPolicy(policy);
    // Outlives the window, which keeps a pointer to it; created once the server runs.
    std::unique_ptr<DemoPageServer> demo;
    // The window is built while the server thread sets itself up (Qt's HTTP server initialises
    // TLS on construction); the server starts once the window exists and reports to it.
    MainWindow window(&server, &log, &settings, nullptr, &languages);
    QString error;
    if (!server.start(QHostAddress::LocalHost, port, &error)
        && !server.start(QHostAddress::LocalHost, 0, &error))
        QMessageBox::warning(&window, QObject::tr("CORS Playground"),
                             QObject::tr("The CORS server could not start: %1").arg(error));
    RequestComposer *composer = window.composer();
    FetchRequest request = composer->request();
    if (parser.isSet(u"origin"_s))
        request.pageOrigin = parser.value(u"origin"_s);
    if (parser.isSet(u"method"_s))
        request.method = parser.value(u"method"_s);
    if (parser.isSet(u"cookie"_s))
        request.cookies = parser.value(u"cookie"_s).toLatin1();
    FetchRequest::parseCredentials(parser.value(u"credentials"_s), &request.credentials);
    composer->setRequest(request);
    if (scenario)
        window.loadScenario(*scenario);
    if (parser.isSet(u"zoom"_s))
        window.setZoom(parser.value(u"zoom"_s).toInt());
    if (parser.isSet(u"high-contrast"_s))
        window.setHighContrast(true);
    if (parser.isSet(u"predict"_s))
        window.setPredictMode(true);
    if (parser.isSet(u"window-size"_s)) {
        const QStringList size = parser.value(u"window-size"_s).split(u'x');
        const int width = size.value(0).toInt();
        const int height = size.size() == 2 ? size.value(1).toInt() : 0;
        if (width < 200 || height < 200) {
            QTextStream(stderr) << "cors-playground: --window-size: "
                                << QObject::tr("\"%1\" is not a size such as 1920x1080")
                                       .arg(parser.value(u"window-size"_s))
                                << '\n';
            return 2;
        }
        window.resize(width, height);
    }
    window.show();
    // The demo page is not on screen at start: its server (Qt's HTTP server sets up TLS when
    // constructed) starts once the window has been painted.
    const auto startDemoPage = [&demo, &window, demoPort] {
        // Decoding the icon is not needed for the first paint either.
        window.setWindowIcon(QIcon(u":/icons/cors-playground-64.png"_s));
        QString demoError;
        demo = std::make_unique<DemoPageServer>();
        if (demo->start(demoPort, &demoError)) {
            window.setDemoPageServer(demo.get());
            if (demo->fellBack()) {
                // A policy prepared for the usual port will not allow this origin: say so.
                const QString notice = QObject::tr("The demo page could not use port %1 (%2) and "
                                                   "is on %3 instead.")
                                           .arg(demo->requestedPort())
                                           .arg(demo->fallbackReason(), demo->origin());
                QTextStream(stderr) << "cors-playground: " << notice << '\n';
                window.statusBar()->showMessage(notice, 15000);
            }
        } else {
            QTextStream(stderr) << "cors-playground: " << demoError << '\n';
        }
    };
    QTimer::singleShot(DemoPageStartDelayMilliseconds, &window, startDemoPage);
    if (parser.isSet(u"exit-when-shown"_s))
        new FirstExposureProbe(&window);

    const QString tab = parser.value(u"tab"_s);
    const QString screenshot = parser.value(u"screenshot"_s);
    const auto finish = [&window, &tab, &screenshot] {
        if (tab == u"compare") {
            // The picture waits for the four answers.
            QObject::connect(&window, &MainWindow::frameworksCompared, &window,
                             [&window, screenshot] {
                                 if (!screenshot.isEmpty())
                                     takeScreenshot(&window, screenshot);
                             });
            window.compareFrameworks();
            return;
        }
        if (tab == u"log")
            window.showTab(MainWindow::Tab::RequestLog);
        else if (tab == u"sequence")
            window.showTab(MainWindow::Tab::SequenceDiagram);
        else if (tab == u"inspector")
            window.showTab(MainWindow::Tab::OriginInspector);
        if (!screenshot.isEmpty())
            takeScreenshot(&window, screenshot);
    };
    if (parser.isSet(u"send"_s)) {
        QObject::connect(&window, &MainWindow::simulationFinished, &window, finish,
                         Qt::SingleShotConnection);
        QTimer::singleShot(0, composer, &RequestComposer::send);
    } else {
        finish();
    }
    return QApplication::exec();
}

} // namespace DesktopApplication

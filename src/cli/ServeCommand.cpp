#include "cli/ServeCommand.h"

#include "cli/CommandLine.h"
#include "cli/UnixSignalWatcher.h"
#include "core/log/CorsOutcomeText.h"
#include "core/log/RequestLog.h"
#include "core/policy/PolicyFile.h"
#include "core/server/PlaygroundServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace {

// One translation context for this file's strings, for tr() and lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)
};

int fail(const QString &message)
{
    return CommandLine::badInput(u"serve"_s, message);
}

bool parseAddress(const QString &text, QHostAddress *address)
{
    if (text == u"localhost") {
        *address = QHostAddress::LocalHost;
        return true;
    }
    return address->setAddress(text);
}

QString describe(const RequestLogEntry &entry)
{
    const QByteArray origin = entry.origin();
    return QString::fromLatin1(entry.method) + u' ' + entry.target + u' '
        + QString::number(entry.status) + u" origin="
        + (origin.isNull() ? u"-"_s : QString::fromLatin1(origin)) + u": "
        + CorsOutcomeText::describe(entry.corsOutcome);
}

} // namespace

namespace ServeCommand {

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Run the CORS server without a window. It answers any method on any path as the "
                 "policy says. Stop it with Ctrl+C."));
    parser.addHelpOption();
    const QCommandLineOption policyOption(
        u"policy"_s, Text::tr("Policy JSON file (default: Starlette's defaults)."),
        Text::tr("FILE"));
    const QCommandLineOption portOption(u"port"_s,
                                        Text::tr("TCP port; 0 picks a free one (default: 8000)."),
                                        Text::tr("N"), u"8000"_s);
    const QCommandLineOption bindOption(
        u"bind"_s, Text::tr("Address to listen on (default: 127.0.0.1, this machine only)."),
        Text::tr("ADDR"), u"127.0.0.1"_s);
    const QCommandLineOption capacityOption(
        u"log-capacity"_s, Text::tr("How many requests the request log keeps (default 1000)."),
        Text::tr("N"), u"1000"_s);
    const QCommandLineOption threadsOption(
        u"threads"_s,
        Text::tr("Server threads (default: one per processor core, here %1).")
            .arg(QThread::idealThreadCount()),
        Text::tr("N"), QString::number(QThread::idealThreadCount()));
    const QCommandLineOption quietOption(u"quiet"_s,
                                         Text::tr("Do not print a line for each request."));
    parser.addOptions(
        {policyOption, portOption, bindOption, capacityOption, threadsOption, quietOption});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s))
        parser.showHelp(CommandLine::Success);
    if (!parser.positionalArguments().isEmpty())
        return fail(
            Text::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    CorsPolicy policy;
    if (parser.isSet(policyOption)) {
        const PolicyFile::LoadResult loaded = PolicyFile::load(parser.value(policyOption));
        if (!loaded.ok())
            return fail(loaded.errors.join(u"\n"_s));
        policy = loaded.policy;
    }

    bool isNumber = false;
    const uint port = parser.value(portOption).toUInt(&isNumber);
    if (!isNumber || port > 65535)
        return fail(Text::tr("--port: \"%1\" is not a port number (0 to 65535)")
                        .arg(parser.value(portOption)));
    QHostAddress address;
    if (!parseAddress(parser.value(bindOption), &address))
        return fail(Text::tr("--bind: \"%1\" is not an IP address, such as 127.0.0.1 or ::1")
                        .arg(parser.value(bindOption)));

    const uint capacity = parser.value(capacityOption).toUInt(&isNumber);
    if (!isNumber || capacity == 0)
        return fail(Text::tr("--log-capacity: \"%1\" is not a whole number of requests, 1 or more")
                        .arg(parser.value(capacityOption)));
    const uint threads = parser.value(threadsOption).toUInt(&isNumber);
    if (!isNumber || threads == 0 || threads > 64)
        return fail(Text::tr("--threads: \"%1\" is not a number of threads from 1 to 64")
                        .arg(parser.value(threadsOption)));
    RequestLog log(capacity);
    PlaygroundServer server(&log);
    server.setThreadCount(int(threads));
    server.setPolicy(policy);
    QString error;
    if (!server.start(address, quint16(port), &error))
        return fail(error);

    QTextStream out(stdout);
    out << "listening on " << server.baseUrl().toString() << Qt::endl;
    if (!parser.isSet(quietOption)) {
        QObject::connect(
            &log, &RequestLog::entryAdded, &server,
            [&out](const RequestLogEntry &entry) { out << describe(entry) << Qt::endl; });
    }

    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested,
                     QCoreApplication::instance(), &QCoreApplication::quit);
    QCoreApplication::exec();
    server.stop();
    QTextStream(stderr) << "cors-playground serve: " << Text::tr("stopped") << '\n';
    return CommandLine::Success;
}

} // namespace ServeCommand

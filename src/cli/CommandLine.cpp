#include "cli/CommandLine.h"

#include "cli/CheckCommand.h"
#include "cli/DiagnoseCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ServeCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace {

// One translation context for this file's strings, for tr() and lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QString topLevelDescription()
{
    return Text::tr("See what a browser does with CORS, live.\n\n"
                    "Commands:\n"
                    "  (none)   open the desktop app\n"
                    "  serve    run the CORS server without a window\n"
                    "  check    do what a browser does for one fetch() and give the verdict\n"
                    "  export   print the policy as FastAPI, Flask, Express or nginx code\n"
                    "  diagnose read a CORS error from the console: why, the fix, a "
                    "reproduction\n\n"
                    "Run 'cors-playground COMMAND --help' for a command's options.\n"
                    "With no command, the options below (but help and version) set up the "
                    "desktop app.");
}

// The spellings of the window's options that take a value, as they appear in argv.
QStringList spellingsWithValues(const QList<QCommandLineOption> &options)
{
    QStringList spellings;
    for (const QCommandLineOption &option : options) {
        if (option.valueName().isEmpty())
            continue;
        for (const QString &name : option.names())
            spellings.append((name.size() == 1 ? u"-"_s : u"--"_s) + name);
    }
    return spellings;
}

} // namespace

namespace CommandLine {

bool wantsDesktopApp(int argc, char *argv[], const QList<QCommandLineOption> &windowOptions)
{
    const QStringList optionsWithValues = spellingsWithValues(windowOptions);
    for (int index = 1; index < argc; ++index) {
        const char *argument = argv[index];
        // Qt's own GUI options (-platform, -style ...) take a value; they still mean the GUI.
        if (std::strcmp(argument, "-platform") == 0 || std::strcmp(argument, "-style") == 0
            || optionsWithValues.contains(QString::fromLocal8Bit(argument))) {
            ++index;
            continue;
        }
        // Help and version are printed without the window: there may be no display.
        if (argument[0] != '-' || std::strcmp(argument, "--help") == 0
            || std::strcmp(argument, "-h") == 0 || std::strcmp(argument, "-?") == 0
            || std::strcmp(argument, "--help-all") == 0 || std::strcmp(argument, "--version") == 0
            || std::strcmp(argument, "-v") == 0)
            return false;
    }
    return true;
}

int run(int argc, char *argv[], const QList<QCommandLineOption> &windowOptions)
{
    // Qt's plain poll() event loop instead of GLib's: GLib wakes its loop through an eventfd
    // each time a socket notifier is switched, twice per request, which costs `serve` about a
    // fifth of its throughput (bench/throughput.sh). The commands need nothing from GLib.
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(u"cors-playground"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CORS_PLAYGROUND_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    const QString command
        = arguments.size() > 1 && !arguments.at(1).startsWith(u'-') ? arguments.at(1) : QString();
    if (command == u"serve" || command == u"check" || command == u"export"
        || command == u"diagnose") {
        arguments.removeAt(1);
        if (command == u"serve")
            return ServeCommand::run(arguments);
        if (command == u"diagnose")
            return DiagnoseCommand::run(arguments);
        return command == u"check" ? CheckCommand::run(arguments) : ExportCommand::run(arguments);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(topLevelDescription());
    parser.addHelpOption();
    parser.addVersionOption();
    // So that `--help` lists them, and `--policy FILE --help` is help, not an unknown option.
    parser.addOptions(windowOptions);
    parser.addPositionalArgument(
        u"command"_s, Text::tr("serve, check, export or diagnose, or nothing to open the app."),
        u"[command]"_s);
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << "cors-playground: " << parser.errorText() << '\n';
        return BadInput;
    }
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s))
        parser.showHelp(Success);
    // The command may follow window options (`--zoom 150 frobnicate`).
    QTextStream(stderr) << "cors-playground: "
                        << Text::tr(
                               "unknown command \"%1\"; the commands are: serve, check, export")
                               .arg(parser.positionalArguments().value(0, command))
                        << '\n';
    return BadInput;
}

int badInput(const QString &command, const QString &message)
{
    QTextStream(stderr) << "cors-playground " << command << ": " << message << '\n';
    return BadInput;
}

} // namespace CommandLine

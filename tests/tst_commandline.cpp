#include "core/classroom/ScenarioLibrary.h"
#include "gui/DesktopApplication.h"
#include "support/CommandRun.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// cors-playground run as a process, for what the command line decides before any window:
// help and version without a display, the window's options in the help, and a mistyped
// scenario.
class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    // As on a server or in CI: no X11, no Wayland, no platform chosen.
    static QProcessEnvironment withoutDisplay()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        environment.remove(u"QT_QPA_PLATFORM"_s);
        return environment;
    }

    // The window's path, drawn offscreen, with a settings folder of its own so the developer's
    // settings stay out.
    static QProcessEnvironment offscreenWindow(const QString &home)
    {
        QProcessEnvironment environment = withoutDisplay();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"HOME"_s, home);
        environment.insert(u"XDG_CONFIG_HOME"_s, home);
        return environment;
    }

    static CommandRun runWithoutDisplay(const QStringList &arguments)
    {
        return CommandRun::run(arguments, 20000, withoutDisplay());
    }

private Q_SLOTS:
    void helpListsTheCommandsAndTheWindowOptions()
    {
        const CommandRun help = runWithoutDisplay({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        const QString text = QString::fromUtf8(help.standardOutput);
        for (const QString &command : {u"serve"_s, u"check"_s, u"export"_s})
            QVERIFY2(text.contains(u"\n  "_s + command + u' '), qPrintable(text));
        int listed = 0;
        for (const QCommandLineOption &option : DesktopApplication::options()) {
            const QString spelling = u"--"_s + option.names().constFirst();
            const QString shown = option.valueName().isEmpty()
                ? spelling
                : spelling + u" <"_s + option.valueName() + u'>';
            const bool hidden = option.flags().testFlag(QCommandLineOption::HiddenFromHelp);
            QVERIFY2(text.contains(shown) != hidden, qPrintable(shown));
            listed += hidden ? 0 : 1;
        }
        QVERIFY(listed >= 10);
        for (const QString &shown :
             {u"--policy <FILE>"_s, u"--port <N>"_s, u"--origin <ORIGIN>"_s, u"--scenario <ID>"_s,
              u"--zoom <PERCENT>"_s, u"--predict"_s, u"--high-contrast"_s, u"--demo-port <N>"_s})
            QVERIFY2(text.contains(shown), qPrintable(shown));
    }

    void helpAllNeedsNoDisplay()
    {
        const CommandRun help = runWithoutDisplay({u"--help-all"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(QString::fromUtf8(help.standardOutput).contains(u"--policy <FILE>"));
        QVERIFY2(!help.standardError.contains(u"platform plugin"), qPrintable(help.standardError));
    }

    void versionNeedsNoDisplay()
    {
        const CommandRun version = runWithoutDisplay({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(QString::fromUtf8(version.standardOutput).trimmed(),
                 u"cors-playground " CORS_PLAYGROUND_VERSION ""_s);
    }

    void helpAfterAWindowOption()
    {
        // Help, not "unknown option": the window's options are known without the window.
        const CommandRun help = runWithoutDisplay({u"--policy"_s, u"lesson.json"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(QString::fromUtf8(help.standardOutput).contains(u"--scenario <ID>"));
    }

    void unknownCommandAfterAWindowOption()
    {
        const CommandRun result = runWithoutDisplay({u"--zoom"_s, u"150"_s, u"frobnicate"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.standardError.contains(u"unknown command \"frobnicate\""),
                 qPrintable(result.standardError));
    }

    void unknownScenarioListsTheKnownOnes()
    {
        // The window's path, so it needs a platform; a settings folder of its own and the C
        // locale keep the developer's settings out and the titles in English.
        QTemporaryDir home;
        QProcessEnvironment environment = offscreenWindow(home.path());
        environment.insert(u"LC_ALL"_s, u"C"_s);
        environment.remove(u"LANGUAGE"_s);
        const CommandRun result
            = CommandRun::run({u"--scenario"_s, u"no-such-lesson"_s}, 20000, environment);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.standardError.contains(u"no scenario \"no-such-lesson\""),
                 qPrintable(result.standardError));
        const ScenarioLibrary library = ScenarioLibrary::load();
        QVERIFY(library.scenarios().size() >= 14);
        for (const Scenario &scenario : library.scenarios()) {
            QVERIFY2(result.standardError.contains(u"  "_s + scenario.id + u' '),
                     qPrintable(scenario.id));
            QVERIFY2(result.standardError.contains(scenario.title()), qPrintable(scenario.id));
        }
    }

    void portsOutOfRangeAreRefused()
    {
        // 70000 would wrap to another port without a word.
        for (const QString &option : {u"--port"_s, u"--demo-port"_s}) {
            QTemporaryDir home;
            const CommandRun result
                = CommandRun::run({option, u"70000"_s}, 20000, offscreenWindow(home.path()));
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.standardError.contains(option + u": not a port number: \"70000\""),
                     qPrintable(result.standardError));
        }
    }

    void windowSizeSetsTheScreenshotSize()
    {
        // What scripts/screenshots.sh uses for the projector sizes.
        QTemporaryDir home;
        QProcessEnvironment environment = offscreenWindow(home.path());
        const QString shot = home.filePath(u"shot.png"_s);
        const CommandRun result
            = CommandRun::run({u"--port"_s, u"0"_s, u"--demo-port"_s, u"0"_s, u"--window-size"_s,
                               u"1000x700"_s, u"--screenshot"_s, shot},
                              30000, environment);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QImage(shot).size(), QSize(1000, 700));
        const CommandRun bad = CommandRun::run({u"--window-size"_s, u"huge"_s}, 20000, environment);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.standardError.contains(u"--window-size: \"huge\""),
                 qPrintable(bad.standardError));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"

#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

// One run of the cors-playground executable to its end, bounded in time. The test's event
// loop keeps running meanwhile, so servers inside the test process can answer the command.
struct CommandRun
{
    int exitCode = -1;
    QByteArray standardOutput;
    QString standardError;

    static CommandRun run(const QStringList &arguments, int timeoutMilliseconds = 20000,
                          const QProcessEnvironment &environment
                          = QProcessEnvironment::systemEnvironment())
    {
        return runWithInput(arguments, QByteArray(), timeoutMilliseconds, environment);
    }

    // The same, with standardInput written to the command and its input then closed.
    static CommandRun runWithInput(const QStringList &arguments, const QByteArray &standardInput,
                                   int timeoutMilliseconds = 20000,
                                   const QProcessEnvironment &environment
                                   = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CORS_PLAYGROUND_BINARY), arguments);
        process.write(standardInput);
        process.closeWriteChannel();
        CommandRun result;
        if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; },
                             timeoutMilliseconds)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.standardOutput = process.readAllStandardOutput();
        result.standardError = QString::fromUtf8(process.readAllStandardError());
        return result;
    }
};

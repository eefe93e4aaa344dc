// Measures how long the GUI's event loop stalls while the embedded server is flooded.
// Builds the real main window, shows the request log, starts wrk against the server and
// records the gaps between 5 ms timer ticks: once idle, once under load. Prints percentiles.
// Usage: stall_probe [SECONDS [SCREENSHOT.png]]
#include "core/log/RequestLog.h"
#include "core/server/PlaygroundServer.h"
#include "gui/LanguageSwitcher.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int TickMilliseconds = 5;

// Runs the event loop for the given time and returns the gaps between timer ticks, in ms.
std::vector<double> measureTicks(int durationMilliseconds)
{
    std::vector<double> gaps;
    QElapsedTimer clock;
    clock.start();
    qint64 previous = clock.nsecsElapsed();
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(TickMilliseconds);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.push_back(double(now - previous) / 1e6);
        previous = now;
    });
    QEventLoop loop;
    QTimer::singleShot(durationMilliseconds, &loop, &QEventLoop::quit);
    ticker.start();
    loop.exec();
    return gaps;
}

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(fraction * double(values.size())))];
}

void report(QTextStream &out, const QString &label, const std::vector<double> &gaps)
{
    out << "| " << label << " | " << gaps.size() << " | " << percentile(gaps, 0.5) << " | "
        << percentile(gaps, 0.99) << " | " << percentile(gaps, 1.0) << " |\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    const int seconds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10;
    QTemporaryDir settingsDirectory;
    QSettings settings(settingsDirectory.filePath(u"settings.ini"_s), QSettings::IniFormat);
    LanguageSwitcher languages(&settings);
    RequestLog log;
    PlaygroundServer server(&log);
    CorsPolicy policy;
    policy.middleware.allowOrigins = {u"https://app.example"_s};
    server.setPolicy(policy);
    if (!server.start()) {
        QTextStream(stderr) << "stall_probe: the server did not start\n";
        return 1;
    }
    MainWindow window(&server, &log, &settings, nullptr, &languages);
    window.resize(1280, 800);
    window.show();
    window.showTab(MainWindow::Tab::RequestLog);

    QTextStream out(stdout);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(2);
    out << "| GUI event loop (" << TickMilliseconds << " ms timer) | ticks | p50 gap ms | "
        << "p99 gap ms | max gap ms |\n|---|---|---|---|---|\n";
    report(out, u"idle"_s, measureTicks(seconds * 1000));

    QProcess wrk;
    wrk.start(u"wrk"_s,
              {u"-t1"_s, u"-c32"_s, u"-d%1s"_s.arg(seconds + 2), u"-H"_s,
               u"Origin: https://app.example"_s, server.baseUrl().toString() + u"/api"_s});
    if (!wrk.waitForStarted(5000)) {
        QTextStream(stderr) << "stall_probe: cannot start wrk: " << wrk.errorString() << '\n';
        return 1;
    }
    // Let the flood build up before measuring.
    measureTicks(1000);
    report(out, u"server flooded by wrk"_s, measureTicks(seconds * 1000));
    wrk.waitForFinished((seconds + 10) * 1000);
    const QString wrkOutput = QString::fromLocal8Bit(wrk.readAllStandardOutput());
    const QRegularExpressionMatch rate
        = QRegularExpression(u"Requests/sec:\\s*([0-9.]+)"_s).match(wrkOutput);
    // Let the log view take its last batch, then, when asked, keep a picture of the window.
    measureTicks(300);
    if (argc > 2)
        window.grab().save(QString::fromLocal8Bit(argv[2]));
    out << "\nwrk: " << (rate.hasMatch() ? rate.captured(1) : u"?"_s)
        << " requests/s during the flood; the log received " << log.totalCount()
        << " requests and shows " << log.size() << " (dropped " << log.droppedCount() << ").\n";
    return 0;
}

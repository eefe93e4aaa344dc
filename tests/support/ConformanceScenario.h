#pragma once

#include "core/browser/BrowserSimulator.h"
#include "core/browser/FetchRequest.h"
#include "core/log/RequestLogEntry.h"
#include "core/policy/CorsPolicy.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

class PlaygroundServer;

// One scenario of a real-browser conformance suite (tests/conformance/*.json): a policy and a
// request, run once by the page in a headless browser and once by the simulator. The request
// object's keys are the page runner's (resources/demo/run-request.js) plus "path", "target"
// ("api", "page", "local-api" or "public-api") and the Local Network Access keys
// (FetchRequestJson).
struct ConformanceScenario
{
    int index = 0;
    QString name;
    CorsPolicy policy;
    FetchRequest request;
    int repeat = 1;
    // "/s<index>/": every request of the scenario goes under it.
    QString prefix;
    // Why Firefox gives the other verdict, when it does.
    QString firefoxDiffers;
    // What the page runs: the request object with its URL resolved.
    QJsonObject forPage;

    struct Servers
    {
        QString pageOrigin;
        QUrl api;
        // More APIs, that the browser is told are on the local network and public.
        QUrl localApi;
        QUrl publicApi;
    };
    // Reads one scenario; {index} in its text is its own index. On failure says why in `error`.
    static ConformanceScenario fromJson(const QJsonObject &object, const Servers &servers,
                                        QString *error);
};

// What reached the server, reduced to what CORS decides on, one line per request.
QStringList serverSaw(const QList<RequestLogEntry> &entries, const ConformanceScenario &scenario);
// Chromium's CORS messages between the page's "BEGIN <index>" and "END <index>" markers.
QStringList corsMessagesBetween(const QStringList &console, int index);

// Runs one request in the simulator and waits for its verdict.
SimulationResult simulateRequest(BrowserSimulator &simulator, const FetchRequest &request);
// A console line pasted into diagnose, and the reproduction run on `server` (which takes its
// policy): empty when the simulator prints the line again, with the server's address for the
// user's and without the redirect part (a redirect is not reproduced); else what went wrong.
QString reproductionMismatch(const QString &line, PlaygroundServer *server);

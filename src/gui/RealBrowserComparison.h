#pragma once

#include "core/browser/FetchRequest.h"
#include "core/browser/SimulationResult.h"

#include <QJsonObject>
#include <QObject>

class BrowserSimulator;
class DemoPageServer;

// The real-browser demo: opens the demo page with the composed request, and when the page
// reports what the browser really did (with the request's own initiator), simulates the same
// request from the page's own origin so both can be shown side by side. GUI thread only.
class RealBrowserComparison : public QObject
{
    Q_OBJECT

public:
    RealBrowserComparison(DemoPageServer *demo, QObject *parent = nullptr);

    // The composed request as the demo page sends it (from its own origin); opens the page.
    // False when no browser could be started: then the user opens pageUrl() by hand.
    bool open(FetchRequest *request);

Q_SIGNALS:
    // The simulator's result for what the browser ran, and what the browser reported.
    void compared(const SimulationResult &simulated, bool browserAllowed,
                  const QString &browserDetails);

private:
    void simulate(const QJsonObject &outcome);
    QString loadedDetails() const;

    DemoPageServer *m_demo;
    BrowserSimulator *m_simulator;
    QJsonObject m_outcome;
};

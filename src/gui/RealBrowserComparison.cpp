#include "gui/RealBrowserComparison.h"

#include "core/browser/BrowserSimulator.h"
#include "core/classroom/DemoPageServer.h"

#include <QDesktopServices>

using namespace Qt::Literals::StringLiterals;

RealBrowserComparison::RealBrowserComparison(DemoPageServer *demo, QObject *parent)
    : QObject(parent)
    , m_demo(demo)
    , m_simulator(new BrowserSimulator(this))
{
    connect(m_demo, &DemoPageServer::outcomeReported, this, &RealBrowserComparison::simulate);
    connect(m_simulator, &BrowserSimulator::finished, this, [this](const SimulationResult &result) {
        const bool allowed = m_outcome.value(u"ok"_s).toBool();
        Q_EMIT compared(result, allowed,
                        allowed ? loadedDetails() : m_outcome.value(u"error"_s).toString());
    });
}

bool RealBrowserComparison::open(FetchRequest *request)
{
    // Sent from the demo page's own origin, so browser and simulator judge the same thing.
    request->pageOrigin = m_demo->origin();
    m_demo->setRequest(*request);
    return QDesktopServices::openUrl(m_demo->pageUrl());
}

QString RealBrowserComparison::loadedDetails() const
{
    // A font or an element reports no status, only whether the page may read what it loaded.
    if (m_outcome.contains(u"status"_s))
        return tr("Status %1.").arg(m_outcome.value(u"status"_s).toInt());
    if (m_outcome.value(u"type"_s).toString() == u"opaque")
        return tr("Loaded, but the response is opaque: the page cannot read it.");
    return tr("Loaded.");
}

void RealBrowserComparison::simulate(const QJsonObject &outcome)
{
    m_outcome = outcome;
    FetchRequest request = m_demo->request();
    request.pageOrigin = m_demo->origin();
    // What the user answered in this browser, when the page could ask it.
    FetchRequest::parsePermission(outcome.value(u"local_network_permission"_s).toString(),
                                  &request.localNetworkPermission);
    // A fresh cache each time: the page is a fresh browser context too.
    m_simulator->preflightCache().clear();
    m_simulator->simulate(request);
}

#pragma once

#include "core/browser/FetchRequest.h"
#include "core/browser/SimulationResult.h"
#include "core/policy/CorsPolicy.h"

#include <QObject>

#include <memory>

class BrowserSimulator;
class PlaygroundServer;
class RequestLog;

// "Compare frameworks": sends one composed request, as the simulated browser does, to each
// library configured as closely as possible to the current policy (FrameworkConversion),
// each on its own loopback server for the time of the comparison, and lines up the answers.
// Lives on the thread that created it; finished() is emitted once per compare().
class FrameworkComparison : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        CorsPolicy::Framework framework;
        // What that library ran, and the fields of the policy it could not say.
        CorsPolicy policy;
        QStringList notCarried;
        SimulationResult result;
    };

    // One line of the side-by-side table: a status or a response header of the preflight or
    // of the actual response, one value per library (empty: not sent).
    struct Row
    {
        enum class Kind { Status, Header };
        Kind kind;
        bool preflight;
        QByteArray headerName;
        QStringList values;
        bool differs;
    };

    explicit FrameworkComparison(QObject *parent = nullptr);
    ~FrameworkComparison() override;

    // Manual mode is left out: the comparison is between the libraries' options.
    void compare(const CorsPolicy &policy, const FetchRequest &request);
    bool isBusy() const { return m_next >= 0; }

    // The status and every Access-Control-* and Vary line, in the order they first appear.
    static QList<Row> rows(const QList<Answer> &answers);

Q_SIGNALS:
    void finished(const QList<FrameworkComparison::Answer> &answers);

private:
    void runNext();
    void collect(const SimulationResult &result);

    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<PlaygroundServer> m_server;
    BrowserSimulator *m_simulator;
    CorsPolicy m_policy;
    FetchRequest m_request;
    QList<Answer> m_answers;
    int m_next = -1;
};
Q_DECLARE_METATYPE(QList<FrameworkComparison::Answer>)

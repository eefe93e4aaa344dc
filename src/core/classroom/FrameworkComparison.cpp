#include "core/classroom/FrameworkComparison.h"

#include "core/browser/BrowserSimulator.h"
#include "core/log/RequestLog.h"
#include "core/policy/FrameworkConversion.h"
#include "core/server/PlaygroundServer.h"

#include <QTimer>

FrameworkComparison::FrameworkComparison(QObject *parent)
    : QObject(parent)
    , m_log(std::make_unique<RequestLog>())
    , m_server(std::make_unique<PlaygroundServer>(m_log.get()))
    , m_simulator(new BrowserSimulator(this))
{
    connect(m_simulator, &BrowserSimulator::finished, this, &FrameworkComparison::collect);
}

FrameworkComparison::~FrameworkComparison() = default;

void FrameworkComparison::compare(const CorsPolicy &policy, const FetchRequest &request)
{
    if (isBusy())
        return;
    m_policy = policy;
    m_policy.mode = CorsPolicy::Mode::Middleware;
    m_request = request;
    m_answers.clear();
    m_next = 0;
    QString error;
    if (!m_server->start(QHostAddress::LocalHost, 0, &error)) {
        m_next = -1;
        Q_EMIT finished({});
        return;
    }
    runNext();
}

void FrameworkComparison::runNext()
{
    const QList<CorsPolicy::Framework> frameworks = CorsPolicy::frameworks();
    if (m_next >= frameworks.size()) {
        m_next = -1;
        m_server->stop();
        Q_EMIT finished(m_answers);
        return;
    }
    const auto converted = FrameworkConversion::convert(m_policy, frameworks.at(m_next));
    m_answers.append({frameworks.at(m_next), converted.policy, converted.notCarried, {}});
    m_server->setPolicy(converted.policy);
    // The same path and query, on the comparison's own server.
    FetchRequest request = m_request;
    QUrl url = m_server->baseUrl();
    url.setPath(m_request.url.path().isEmpty() ? QStringLiteral("/") : m_request.url.path());
    url.setQuery(m_request.url.query());
    request.url = url;
    // One library's preflight must not be cached for the next.
    m_simulator->preflightCache().clear();
    m_simulator->simulate(request);
}

void FrameworkComparison::collect(const SimulationResult &result)
{
    if (m_next < 0)
        return;
    m_answers.last().result = result;
    ++m_next;
    // Not from inside the simulator's own signal.
    QTimer::singleShot(0, this, &FrameworkComparison::runNext);
}

QList<FrameworkComparison::Row> FrameworkComparison::rows(const QList<Answer> &answers)
{
    QList<Row> rows;
    const auto exchangeOf = [](const Answer &answer, bool preflight) {
        return preflight ? answer.result.preflight : answer.result.actual;
    };
    for (const bool preflight : {true, false}) {
        const bool any = std::any_of(answers.cbegin(), answers.cend(), [&](const Answer &answer) {
            const auto exchange = exchangeOf(answer, preflight);
            return exchange && exchange->response;
        });
        if (!any)
            continue;
        Row status{Row::Kind::Status, preflight, {}, {}, false};
        QList<QByteArray> names;
        QList<QByteArray> spellings;
        for (const Answer &answer : answers) {
            const auto exchange = exchangeOf(answer, preflight);
            status.values.append(exchange && exchange->response
                                     ? QString::number(exchange->response->status)
                                     : QString());
            if (!exchange || !exchange->response)
                continue;
            for (const auto &line : exchange->response->headers.lines()) {
                const QByteArray name = line.first.toLower();
                if ((name.startsWith("access-control-") || name == "vary")
                    && !names.contains(name)) {
                    names.append(name);
                    spellings.append(line.first);
                }
            }
        }
        rows.append(status);
        for (qsizetype index = 0; index < names.size(); ++index) {
            const QByteArray &name = names.at(index);
            // Shown as the first library to send it spelled it.
            Row row{Row::Kind::Header, preflight, spellings.at(index), {}, false};
            for (const Answer &answer : answers) {
                const auto exchange = exchangeOf(answer, preflight);
                const QList<QByteArray> values = exchange && exchange->response
                    ? exchange->response->headers.values(name)
                    : QList<QByteArray>();
                row.values.append(QString::fromLatin1(values.join("\n")));
            }
            rows.append(row);
        }
    }
    for (Row &row : rows)
        row.differs
            = std::any_of(row.values.cbegin(), row.values.cend(),
                          [&row](const QString &value) { return value != row.values.first(); });
    return rows;
}

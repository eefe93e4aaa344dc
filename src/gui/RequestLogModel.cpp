#include "gui/RequestLogModel.h"

#include "core/log/CorsOutcomeText.h"
#include "core/log/RequestLog.h"

using namespace Qt::Literals::StringLiterals;

RequestLogModel::RequestLogModel(RequestLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &RequestLogModel::appendNewEntries);
    connect(log, &RequestLog::entriesAvailable, this, &RequestLogModel::scheduleRefresh,
            Qt::QueuedConnection);
    connect(log, &RequestLog::cleared, this, &RequestLogModel::reload, Qt::QueuedConnection);
    reload();
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const RequestLogEntry &entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole)
        return CorsOutcomeText::describe(entry.corsOutcome);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Time:
        return entry.receivedAt.toLocalTime().toString(u"HH:mm:ss.zzz"_s);
    case Origin:
        return entry.origin().isNull() ? tr("(none)") : QString::fromLatin1(entry.origin());
    case Method:
        return QString::fromLatin1(entry.method);
    case Path:
        return entry.target;
    case Kind:
        return entry.isPreflight ? tr("preflight") : tr("request");
    case Status:
        return entry.status;
    case Cors:
        switch (entry.corsDecision) {
        case ServerResponse::CorsDecision::Allowed:
            return tr("allowed");
        case ServerResponse::CorsDecision::Refused:
            return tr("refused");
        case ServerResponse::CorsDecision::Manual:
            return tr("manual");
        case ServerResponse::CorsDecision::NotCors:
            return tr("not CORS");
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Origin:
        return tr("Origin");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case Cors:
        return tr("CORS");
    default:
        return {};
    }
}

void RequestLogModel::scheduleRefresh()
{
    if (m_refreshTimer.isActive())
        return;
    // A lone request shows at once; during a flood, batches come at the refresh interval.
    const qint64 wait
        = m_sinceRefresh.isValid() ? RefreshIntervalMilliseconds - m_sinceRefresh.elapsed() : 0;
    m_refreshTimer.start(std::max<qint64>(0, wait));
}

void RequestLogModel::appendNewEntries()
{
    m_sinceRefresh.start();
    const QList<RequestLogEntry> added = m_log->entriesAfter(m_lastSequence);
    if (!added.isEmpty()) {
        const int first = int(m_entries.size());
        beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
        m_entries.append(added);
        endInsertRows();
        m_lastSequence = added.constLast().sequence;
        // Mirror the log's bound: what it dropped leaves the table too.
        const qsizetype excess = m_entries.size() - m_log->capacity();
        if (excess > 0) {
            beginRemoveRows(QModelIndex(), 0, int(excess) - 1);
            m_entries.remove(0, excess);
            endRemoveRows();
        }
    }
    updateDroppedCount();
}

void RequestLogModel::updateDroppedCount()
{
    const quint64 dropped = m_log->droppedCount();
    if (dropped != m_droppedCount) {
        m_droppedCount = dropped;
        Q_EMIT droppedCountChanged(dropped);
    }
}

void RequestLogModel::reload()
{
    beginResetModel();
    m_entries = m_log->entriesAfter(0);
    endResetModel();
    if (!m_entries.isEmpty())
        m_lastSequence = m_entries.constLast().sequence;
    m_droppedCount = m_log->droppedCount();
    Q_EMIT droppedCountChanged(m_droppedCount);
}

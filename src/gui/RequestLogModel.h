#pragma once

#include "core/log/RequestLogEntry.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QList>
#include <QTimer>

class RequestLog;

// The request log as a table for views: one row per exchange, newest last. It follows the log
// in batches, at most RefreshIntervalMilliseconds apart, so that a flood of requests on the
// server's thread costs the GUI a few redraws a second instead of one per request.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Origin, Method, Path, Kind, Status, Cors, ColumnCount };
    static constexpr int RefreshIntervalMilliseconds = 100;

    explicit RequestLogModel(RequestLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const RequestLogEntry &entry(int row) const { return m_entries.at(row); }
    quint64 droppedCount() const { return m_droppedCount; }

Q_SIGNALS:
    void droppedCountChanged(quint64 droppedCount);

private:
    void scheduleRefresh();
    void appendNewEntries();
    void updateDroppedCount();
    void reload();

    RequestLog *m_log;
    QList<RequestLogEntry> m_entries;
    quint64 m_lastSequence = 0;
    quint64 m_droppedCount = 0;
    QTimer m_refreshTimer;
    QElapsedTimer m_sinceRefresh;
};

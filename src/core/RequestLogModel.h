#pragma once

#include "RequestLogEntry.h"

#include <QAbstractTableModel>
#include <QList>

class RequestLog;

// The request log as a table for views: one row per exchange, newest last. It follows the log
// through its signals, so entries added on the server's thread arrive queued.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Origin, Method, Path, Kind, Status, Cors, ColumnCount };

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
    void append(const RequestLogEntry &entry);
    void reload();

    RequestLog *m_log;
    QList<RequestLogEntry> m_entries;
    quint64 m_droppedCount = 0;
};

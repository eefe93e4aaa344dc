#pragma once

#include "core/http/HeaderLines.h"

#include <QWidget>

class QTableWidget;
class QPushButton;

// An editable table of header lines (name, value) with add and remove buttons. Lines keep
// their order, case and duplicates: the manual mode sends them exactly so.
class HeaderTableEditor : public QWidget
{
    Q_OBJECT

public:
    explicit HeaderTableEditor(QWidget *parent = nullptr);

    HeaderLines headers() const;
    void setHeaders(const HeaderLines &headers);
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void edited();

private:
    void addLine();
    void removeSelectedLines();

    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
};

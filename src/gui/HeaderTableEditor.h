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
    // Takes in the cell being typed, as leaving it would.
    void finishEditing();

Q_SIGNALS:
    // A cell was entered, or a line added or removed.
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addLine();
    void removeSelectedLines();
    void retranslate();
    void updateHeights();

    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
};

#include "gui/HeaderTableEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

HeaderTableEditor::HeaderTableEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_addButton(new QPushButton(tr("Add line"), this))
    , m_removeButton(new QPushButton(tr("Remove line"), this))
{
    m_table->setObjectName(QStringLiteral("headerTable"));
    m_table->setAccessibleName(tr("Header lines"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setMinimumHeight(80);
    m_table->setMaximumHeight(130);
    m_addButton->setObjectName(QStringLiteral("addLineButton"));
    m_removeButton->setObjectName(QStringLiteral("removeLineButton"));
    m_addButton->setToolTip(tr("Add a header line (duplicates are allowed and sent as written)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &HeaderTableEditor::addLine);
    connect(m_removeButton, &QPushButton::clicked, this, &HeaderTableEditor::removeSelectedLines);
    connect(m_table, &QTableWidget::itemChanged, this, &HeaderTableEditor::edited);
}

HeaderLines HeaderTableEditor::headers() const
{
    HeaderLines headers;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        const QString nameText = name ? name->text().trimmed() : QString();
        if (nameText.isEmpty())
            continue;
        headers.append(nameText.toLatin1(), value ? value->text().toLatin1() : QByteArray());
    }
    return headers;
}

void HeaderTableEditor::setHeaders(const HeaderLines &headers)
{
    if (headers == this->headers())
        return;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const auto &line : headers.lines()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(line.first)));
        m_table->setItem(row, 1, new QTableWidgetItem(QString::fromLatin1(line.second)));
    }
}

void HeaderTableEditor::addLine()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
}

void HeaderTableEditor::removeSelectedLines()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    Q_EMIT edited();
}

#include "gui/HeaderTableEditor.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int VisibleRows = 3;
}

HeaderTableEditor::HeaderTableEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_addButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("headerTable"));
    // Header names are short and must be read whole; values take the rest and scroll.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    m_addButton->setObjectName(QStringLiteral("addLineButton"));
    m_removeButton->setObjectName(QStringLiteral("removeLineButton"));

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
    retranslate();
    updateHeights();
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

void HeaderTableEditor::finishEditing()
{
    // A cell being typed in has its editor, with the focus, inside the table's viewport.
    const QWidget *focus = QApplication::focusWidget();
    if (!focus || !m_table->viewport()->isAncestorOf(focus))
        return;
    // Moving the current cell commits the open editor, as clicking elsewhere would.
    const QModelIndex current = m_table->currentIndex();
    m_table->setCurrentIndex(QModelIndex());
    m_table->setCurrentIndex(current);
}

void HeaderTableEditor::addLine()
{
    const int row = m_table->rowCount();
    {
        // An empty line is no header yet: nothing to report until its name is typed.
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem);
        m_table->setItem(row, 1, new QTableWidgetItem);
    }
    m_table->setFocus();
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

void HeaderTableEditor::retranslate()
{
    m_addButton->setText(tr("Add line"));
    m_removeButton->setText(tr("Remove line"));
    m_addButton->setToolTip(tr("Add a header line (duplicates are allowed and sent as written)"));
    m_removeButton->setToolTip(tr("Remove the selected header line"));
    m_table->setAccessibleName(tr("Header lines"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
}

void HeaderTableEditor::updateHeights()
{
    // A header row and a few lines at any zoom.
    const int row = fontMetrics().height() + 8;
    m_table->verticalHeader()->setDefaultSectionSize(row);
    m_table->setMinimumHeight(row * 2 + m_table->frameWidth() * 2);
    m_table->setMaximumHeight(row * (VisibleRows + 1) + m_table->frameWidth() * 2 + 4);
}

void HeaderTableEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange)
        updateHeights();
    QWidget::changeEvent(event);
}

#include "gui/RequestLogView.h"

#include "core/log/CorsOutcomeText.h"
#include "core/log/RequestLog.h"
#include "gui/RequestLogModel.h"
#include "ui_RequestLogView.h"

#include <QHeaderView>

using namespace Qt::Literals::StringLiterals;

RequestLogView::RequestLogView(RequestLog *log, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RequestLogView>())
    , m_model(new RequestLogModel(log, this))
{
    m_ui->setupUi(this);
    m_ui->logTable->setModel(m_model);
    m_ui->logTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->logTable->verticalHeader()->setVisible(false);
    connect(m_ui->clearButton, &QPushButton::clicked, log, &RequestLog::clear);
    m_ui->capacitySpin->setValue(int(log->capacity()));
    connect(m_ui->capacitySpin, &QSpinBox::valueChanged, log,
            [log](int capacity) { log->setCapacity(capacity); });
    connect(m_ui->logTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestLogView::showSelected);
    connect(m_model, &RequestLogModel::droppedCountChanged, this, &RequestLogView::showDropped);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_ui->logTable,
            &QTableView::scrollToBottom);
    showDropped(m_model->droppedCount());
}

RequestLogView::~RequestLogView() = default;

void RequestLogView::showSelected()
{
    const QModelIndex current = m_ui->logTable->currentIndex();
    if (!current.isValid()) {
        m_ui->detailEdit->clear();
        return;
    }
    const RequestLogEntry &entry = m_model->entry(current.row());
    QString text = QString::fromLatin1(entry.method) + u' ' + entry.target + u'\n';
    for (const auto &line : entry.requestHeaders.lines())
        text += QString::fromLatin1(line.first + ": " + line.second) + u'\n';
    const QString decision = m_decisionsHidden ? tr("(hidden until Reveal)")
                                               : CorsOutcomeText::describe(entry.corsOutcome);
    text += u"\n"_s
        + tr("Answered %1 in %2 ms: %3")
              .arg(entry.status)
              .arg(double(entry.durationMicroseconds) / 1000.0, 0, 'f', 2)
              .arg(decision)
        + u'\n';
    for (const auto &line : entry.responseHeaders.lines())
        text += QString::fromLatin1(line.first + ": " + line.second) + u'\n';
    m_ui->detailEdit->setPlainText(text);
}

void RequestLogView::setDecisionsHidden(bool hidden)
{
    m_decisionsHidden = hidden;
    m_ui->logTable->setColumnHidden(RequestLogModel::Cors, hidden);
    showSelected();
}

void RequestLogView::showDropped(quint64 dropped)
{
    m_ui->droppedLabel->setText(
        dropped == 0 ? tr("Nothing dropped")
                     : tr("%n older request(s) dropped to keep the log bounded", "", int(dropped)));
}

void RequestLogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showDropped(m_model->droppedCount());
        showSelected();
    }
    QWidget::changeEvent(event);
}

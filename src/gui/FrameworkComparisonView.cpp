#include "gui/FrameworkComparisonView.h"

#include "core/browser/CorsMessages.h"
#include "ui_FrameworkComparisonView.h"

#include <QHeaderView>

using namespace Qt::Literals::StringLiterals;

namespace {

QTableWidgetItem *cell(const QString &text, bool differs)
{
    auto *item = new QTableWidgetItem(text);
    if (differs) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
        // Dark on light in both colour schemes, with the bold and the ≠ mark: never colour
        // alone.
        item->setBackground(QColor(0xff, 0xec, 0xb3));
        item->setForeground(QColor(0x1a, 0x1a, 0x1a));
    }
    return item;
}

} // namespace

FrameworkComparisonView::FrameworkComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FrameworkComparisonView>())
    , m_comparison(new FrameworkComparison(this))
{
    m_ui->setupUi(this);
    m_ui->comparisonTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->comparisonTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_ui->compareButton, &QPushButton::clicked, this,
            &FrameworkComparisonView::compareRequested);
    connect(m_comparison, &FrameworkComparison::finished, this,
            &FrameworkComparisonView::showAnswers);
}

FrameworkComparisonView::~FrameworkComparisonView() = default;

void FrameworkComparisonView::compare(const CorsPolicy &policy, const FetchRequest &request)
{
    m_ui->compareButton->setEnabled(false);
    m_ui->comparisonHint->setText(tr("Sending the request to each library…"));
    m_comparison->compare(policy, request);
}

void FrameworkComparisonView::showAnswers(const QList<FrameworkComparison::Answer> &answers)
{
    m_answers = answers;
    m_ui->compareButton->setEnabled(true);
    m_ui->comparisonHint->setText(
        answers.isEmpty() ? tr("The comparison could not start a server on this machine.")
                          : tr("Rows marked ≠ differ between the libraries."));
    QTableWidget *table = m_ui->comparisonTable;
    const QList<FrameworkComparison::Row> rows = FrameworkComparison::rows(answers);
    table->clear();
    table->setColumnCount(int(answers.size()));
    table->setRowCount(int(rows.size()) + 1);
    QStringList columns;
    for (const auto &answer : answers)
        columns.append(CorsPolicy::frameworkTitle(answer.framework));
    table->setHorizontalHeaderLabels(columns);
    QStringList rowLabels;
    QStringList notCarried;
    // The browser's verdict first: it is what the comparison is about.
    QStringList verdicts;
    for (const auto &answer : answers) {
        const SimulationResult &result = answer.result;
        verdicts.append(result.allowed
                            ? tr("✔ allowed")
                            : tr("✘ blocked: %1")
                                  .arg(result.failure ? CorsMessages::kindName(result.failure->kind)
                                                      : tr("no answer")));
        for (const QString &field : answer.notCarried)
            notCarried.append(
                tr("%1: %2").arg(CorsPolicy::frameworkTitle(answer.framework), field));
    }
    const bool verdictsDiffer
        = std::any_of(verdicts.cbegin(), verdicts.cend(),
                      [&verdicts](const QString &verdict) { return verdict != verdicts.first(); });
    rowLabels.append((verdictsDiffer ? u"≠ "_s : QString()) + tr("Browser's verdict"));
    for (int column = 0; column < verdicts.size(); ++column)
        table->setItem(0, column, cell(verdicts.at(column), verdictsDiffer));
    for (int index = 0; index < rows.size(); ++index) {
        const auto &row = rows.at(index);
        const QString step = row.preflight ? tr("Preflight") : tr("Response");
        const QString what = row.kind == FrameworkComparison::Row::Kind::Status
            ? tr("%1 status").arg(step)
            : tr("%1: %2").arg(step, QString::fromLatin1(row.headerName));
        rowLabels.append((row.differs ? u"≠ "_s : QString()) + what);
        for (int column = 0; column < row.values.size(); ++column) {
            const QString value = row.values.at(column);
            table->setItem(index + 1, column,
                           cell(value.isEmpty() ? tr("(not sent)") : value, row.differs));
        }
    }
    table->setVerticalHeaderLabels(rowLabels);
    table->setRowHidden(0, m_verdictsHidden);
    m_ui->notCarriedLabel->setText(
        tr("Could not be said the same way: %1.").arg(notCarried.join(tr("; "))));
    m_ui->notCarriedLabel->setVisible(!notCarried.isEmpty());
    Q_EMIT compared();
}

void FrameworkComparisonView::setVerdictsHidden(bool hidden)
{
    m_verdictsHidden = hidden;
    if (m_ui->comparisonTable->rowCount() > 0)
        m_ui->comparisonTable->setRowHidden(0, hidden);
}

void FrameworkComparisonView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (!m_answers.isEmpty())
            showAnswers(m_answers);
    }
    QWidget::changeEvent(event);
}

#include "ResultView.h"

#include "CorsMessages.h"
#include "ui_ResultView.h"

using namespace Qt::Literals::StringLiterals;

namespace {
const QColor passColour(0x1b, 0x7f, 0x3b);
const QColor failColour(0xb0, 0x00, 0x20);
} // namespace

ResultView::ResultView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ResultView>())
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    m_ui->firefoxLabel->hide();
}

ResultView::~ResultView() = default;

void ResultView::showRunning()
{
    m_ui->verdictLabel->setText(tr("Sending..."));
    m_ui->verdictLabel->setStyleSheet(QString());
}

void ResultView::showResult(const SimulationResult &result)
{
    // The verdict is a word and a symbol, the colour only repeats it.
    if (result.allowed) {
        m_ui->verdictLabel->setText(
            tr("\u2714 ALLOWED (%1 response)")
                .arg(SimulationResult::responseTypeName(result.responseType)));
        m_ui->verdictLabel->setStyleSheet(
            u"color: white; background: %1; border-radius: 4px;"_s.arg(passColour.name()));
    } else {
        const QString kind
            = result.failure ? CorsMessages::kindName(result.failure->kind) : QString();
        m_ui->verdictLabel->setText(tr("\u2716 BLOCKED (%1)").arg(kind));
        m_ui->verdictLabel->setStyleSheet(
            u"color: white; background: %1; border-radius: 4px;"_s.arg(failColour.name()));
    }
    m_ui->messageLabel->setText(result.chromiumMessage);
    m_ui->messageLabel->setVisible(!result.chromiumMessage.isEmpty());
    m_ui->firefoxLabel->setText(
        result.firefoxMessage.isEmpty() ? QString() : tr("Firefox: %1").arg(result.firefoxMessage));
    m_ui->firefoxLabel->setVisible(!result.firefoxMessage.isEmpty());
    m_ui->explanationLabel->setText(result.explanation);

    m_ui->traceTree->clear();
    for (const QString &note : result.notes)
        addLine(nullptr, tr("Note: %1").arg(note));
    if (result.preflight)
        addExchange(result.preflight->fromCache
                        ? tr("Preflight (from the browser's cache)")
                        : tr("Preflight, needed because %1").arg(result.preflight->reason),
                    *result.preflight);
    for (const SimulatedExchange &hop : result.redirects)
        addExchange(tr("Redirect"), hop);
    if (result.actual)
        addExchange(tr("Actual request"), *result.actual);
    if (result.allowed && result.responseType != SimulationResult::ResponseType::Opaque) {
        QStringList names;
        for (const QByteArray &name : result.exposedHeaders)
            names.append(QString::fromLatin1(name));
        addLine(nullptr, tr("JavaScript can read: %1").arg(names.join(u", ")));
    }
    m_ui->traceTree->expandAll();
    m_ui->sequenceDiagram->showResult(result);
}

void ResultView::showSequenceDiagram(bool show)
{
    m_ui->resultTabs->setCurrentIndex(show ? 1 : 0);
}

QTreeWidgetItem *ResultView::addLine(QTreeWidgetItem *parent, const QString &text)
{
    auto *line = parent ? new QTreeWidgetItem(parent, {text})
                        : new QTreeWidgetItem(m_ui->traceTree, {text});
    return line;
}

void ResultView::addExchange(const QString &title, const SimulatedExchange &exchange)
{
    QTreeWidgetItem *group = addLine(nullptr, title);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    const RawHttpRequest &request = exchange.request;
    addLine(group,
            u"\u2192 "_s + QString::fromLatin1(request.method) + u' ' + request.url.toString());
    for (const auto &line : request.headers.lines())
        addLine(group, u"\u2192 "_s + QString::fromLatin1(line.first + ": " + line.second));
    if (!exchange.response)
        return;
    const RawHttpResponse &response = *exchange.response;
    addLine(group,
            u"\u2190 "_s + QString::fromLatin1(response.httpVersion) + u' '
                + QString::number(response.status) + u' '
                + QString::fromLatin1(response.reasonPhrase));
    for (const auto &line : response.headers.lines()) {
        QTreeWidgetItem *item
            = addLine(group, u"\u2190 "_s + QString::fromLatin1(line.first + ": " + line.second));
        for (const CorsCheck &check : exchange.checks) {
            if (check.header.compare(line.first, Qt::CaseInsensitive) != 0)
                continue;
            item->setText(0, item->text(0) + (check.passed ? tr("   PASS") : tr("   FAIL")));
            item->setToolTip(0, check.rule);
            item->setForeground(0, check.passed ? passColour : failColour);
        }
    }
    // Checks on headers that were missing, and the status check, get lines of their own.
    for (const CorsCheck &check : exchange.checks) {
        if (!check.header.isEmpty() && response.headers.contains(check.header))
            continue;
        const QString subject
            = check.header.isEmpty() ? tr("status") : QString::fromLatin1(check.header);
        QTreeWidgetItem *item = addLine(
            group, (check.passed ? tr("PASS %1: %2") : tr("FAIL %1: %2")).arg(subject, check.rule));
        item->setToolTip(0, check.rule);
        item->setForeground(0, check.passed ? passColour : failColour);
    }
}

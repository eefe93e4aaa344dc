#include "gui/ResultView.h"

#include "core/browser/CorsMessages.h"
#include "ui_ResultView.h"

#include <QShortcut>

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
    connect(m_ui->revealButton, &QPushButton::clicked, this, &ResultView::reveal);
    m_ui->resultLayout->setStretchFactor(m_ui->verdictArea, 1);
    auto *revealShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Space), this);
    revealShortcut->setContext(Qt::WindowShortcut);
    connect(revealShortcut, &QShortcut::activated, this, &ResultView::reveal);
    updateVerdictFont();
}

void ResultView::setLesson(const QString &title, const QString &lesson)
{
    m_ui->lessonLabel->setText(
        u"<b>%1</b><br>%2"_s.arg(title.toHtmlEscaped(), lesson.toHtmlEscaped()));
    m_ui->lessonLabel->setVisible(!title.isEmpty());
}

void ResultView::setPredictMode(bool enabled)
{
    m_predictMode = enabled;
    if (!enabled)
        reveal();
}

void ResultView::reveal()
{
    m_ui->predictionArea->hide();
    m_ui->verdictArea->show();
}

void ResultView::showRealBrowserOutcome(bool allowed, const QString &details, bool agrees)
{
    const QString verdict = allowed ? tr("allowed") : tr("blocked");
    m_ui->realBrowserLabel->setText(
        (agrees ? tr("Real browser (demo page): %1, as simulated. %2")
                : tr("Real browser (demo page): %1, which differs from the simulation. %2"))
            .arg(verdict, details));
    m_ui->realBrowserLabel->setVisible(true);
}

void ResultView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateVerdictFont();
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_lastResult)
            showResult(*m_lastResult);
    }
    QWidget::changeEvent(event);
}

void ResultView::updateVerdictFont()
{
    // The banner follows the window's zoom, a size larger than the text around it.
    QFont banner = font();
    banner.setBold(true);
    banner.setPointSizeF(banner.pointSizeF() * 1.35);
    m_ui->verdictLabel->setFont(banner);
}

ResultView::~ResultView() = default;

void ResultView::showRunning()
{
    m_ui->realBrowserLabel->hide();
    m_ui->verdictLabel->setText(tr("Sending..."));
    m_ui->verdictLabel->setStyleSheet(QString());
}

void ResultView::showResult(const SimulationResult &result)
{
    m_lastResult = result;
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
    m_ui->verdictArea->setVisible(!m_predictMode);
    m_ui->predictionArea->setVisible(m_predictMode);
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

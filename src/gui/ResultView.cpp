#include "gui/ResultView.h"

#include "core/browser/CorsExplanation.h"
#include "core/browser/CorsMessages.h"
#include "core/browser/LocalNetworkAccessText.h"
#include "ui_ResultView.h"

#include <QHeaderView>
#include <QShortcut>

using namespace Qt::Literals::StringLiterals;

namespace {
const QColor passColour(0x1b, 0x7f, 0x3b);
const QColor failColour(0xb0, 0x00, 0x20);
// On a dark background (high contrast) the same words in light colours.
const QColor passColourOnDark(0x7c, 0xfc, 0x9a);
const QColor failColourOnDark(0xff, 0x9a, 0x9a);
constexpr int SequenceTab = 1;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}
} // namespace

ResultView::ResultView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ResultView>())
{
    m_ui->setupUi(this);
    connect(m_ui->revealButton, &QPushButton::clicked, this, &ResultView::reveal);
    connect(m_ui->resetScenarioButton, &QPushButton::clicked, this,
            &ResultView::resetScenarioRequested);
    // The trace is what a class looks at: it keeps the larger share, the messages scroll.
    m_ui->resultSplitter->setStretchFactor(0, 2);
    m_ui->resultSplitter->setStretchFactor(1, 3);
    // Long lines scroll sideways instead of losing their end.
    m_ui->traceTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->traceTree->header()->setStretchLastSection(false);
    connect(m_ui->resultSplitter, &QSplitter::splitterMoved, this,
            [this] { m_splitterMovedByUser = true; });
    auto *revealShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Space), this);
    revealShortcut->setContext(Qt::WindowShortcut);
    connect(revealShortcut, &QShortcut::activated, this, &ResultView::reveal);
}

ResultView::~ResultView() = default;

void ResultView::setLesson(const QString &title, const QString &lesson)
{
    m_lessonTitle = title;
    m_lessonText = lesson;
    showLesson();
}

void ResultView::showLesson()
{
    const QString text = answerHidden()
        ? tr("<b>%1</b><br>Predict first, then reveal: the lesson names the fix.")
              .arg(m_lessonTitle.toHtmlEscaped())
        : u"<b>%1</b><br>%2"_s.arg(m_lessonTitle.toHtmlEscaped(), m_lessonText.toHtmlEscaped());
    m_ui->lessonLabel->setText(text);
    m_ui->lessonCard->setVisible(!m_lessonTitle.isEmpty());
}

void ResultView::setLessonModified(bool modified)
{
    m_ui->lessonModifiedLabel->setVisible(modified);
    m_ui->resetScenarioButton->setVisible(modified);
}

void ResultView::setPolicyMismatch(const QString &text)
{
    m_ui->mismatchLabel->setText(text);
    m_ui->mismatchLabel->setVisible(!text.isEmpty());
}

void ResultView::setPredictMode(bool enabled)
{
    m_predictMode = enabled;
    // Switching it on hides nothing already shown; the next result waits for reveal().
    if (!enabled)
        reveal();
}

void ResultView::reveal()
{
    m_revealed = true;
    showAnswerState();
    showLesson();
    showTrace();
}

void ResultView::showAnswerState()
{
    const bool hidden = answerHidden();
    m_ui->predictionArea->setVisible(hidden);
    m_ui->verdictArea->setVisible(!hidden);
    m_ui->detailsArea->setVisible(!hidden);
    m_ui->resultTabs->setTabEnabled(SequenceTab, !hidden);
    if (hidden)
        m_ui->resultTabs->setCurrentIndex(0);
    Q_EMIT answerHiddenChanged(hidden);
}

void ResultView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_splitterMovedByUser)
        return;
    const int height = m_ui->resultSplitter->height();
    m_ui->resultSplitter->setSizes({height / 3, height - height / 3});
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
    if (event->type() == QEvent::PaletteChange)
        showTrace();
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_lastResult) {
            // The verdict's words are made again in the new language from its facts.
            m_lastResult->explanation = CorsExplanation::explain(*m_lastResult);
            showLastResult();
        }
    }
    QWidget::changeEvent(event);
}

void ResultView::showRunning()
{
    m_ui->realBrowserLabel->hide();
    m_ui->verdictLabel->setText(tr("Sending..."));
    m_ui->verdictLabel->setStyleSheet(QString());
}

void ResultView::clear()
{
    m_lastResult.reset();
    m_revealed = !m_predictMode;
    m_ui->verdictLabel->setText(tr("Send a request to see what the browser does."));
    m_ui->verdictLabel->setStyleSheet(QString());
    for (QLabel *label :
         {m_ui->realBrowserLabel, m_ui->messageLabel, m_ui->firefoxLabel, m_ui->mismatchLabel}) {
        label->clear();
        label->hide();
    }
    m_ui->explanationLabel->clear();
    m_ui->traceTree->clear();
    m_ui->sequenceDiagram->showResult(SimulationResult());
    m_ui->predictionArea->hide();
    m_ui->verdictArea->show();
    m_ui->detailsArea->show();
    m_ui->resultTabs->setTabEnabled(SequenceTab, true);
    showLesson();
}

void ResultView::showResult(const SimulationResult &result)
{
    m_lastResult = result;
    // A new result waits for its own reveal in predict mode.
    m_revealed = !m_predictMode;
    showLastResult();
}

void ResultView::showLastResult()
{
    const SimulationResult &result = *m_lastResult;
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
    m_ui->sequenceDiagram->showResult(result);
    showTrace();
    showAnswerState();
    showLesson();
}

void ResultView::showTrace()
{
    m_ui->traceTree->clear();
    if (!m_lastResult)
        return;
    const SimulationResult &result = *m_lastResult;
    for (const QString &note : result.notes)
        addLine(nullptr, tr("Note: %1").arg(note));
    // Chromium's first step, before any request; its answer is the verdict, kept for Reveal.
    const LocalNetworkAccess &access = result.localNetworkAccess;
    if (access.isWorthShowing())
        addLine(nullptr,
                answerHidden() ? LocalNetworkAccessText::spaces(access)
                               : LocalNetworkAccessText::step(access));
    if (result.preflight)
        addExchange(result.preflight->fromCache
                        ? tr("Preflight (from the browser's cache)")
                        : tr("Preflight, needed because %1").arg(result.preflight->reason),
                    *result.preflight);
    for (const SimulatedExchange &hop : result.redirects)
        addExchange(tr("Redirect"), hop);
    if (result.actual)
        addExchange(tr("Actual request"), *result.actual);
    if (!answerHidden() && result.allowed
        && result.responseType != SimulationResult::ResponseType::Opaque) {
        QStringList names;
        for (const QByteArray &name : result.exposedHeaders)
            names.append(QString::fromLatin1(name));
        addLine(nullptr, tr("JavaScript can read: %1").arg(names.join(u", ")));
    }
    m_ui->traceTree->expandAll();
}

void ResultView::showSequenceDiagram(bool show)
{
    if (show && answerHidden())
        return;
    m_ui->resultTabs->setCurrentIndex(show ? SequenceTab : 0);
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
    // Before a reveal the class sees every line, but not what the browser made of it.
    const bool marks = !answerHidden();
    const QColor pass = isDark(palette()) ? passColourOnDark : passColour;
    const QColor fail = isDark(palette()) ? failColourOnDark : failColour;
    for (const auto &line : response.headers.lines()) {
        QTreeWidgetItem *item
            = addLine(group, u"\u2190 "_s + QString::fromLatin1(line.first + ": " + line.second));
        if (!marks)
            continue;
        for (const CorsCheck &check : exchange.checks) {
            if (check.header.compare(line.first, Qt::CaseInsensitive) != 0)
                continue;
            item->setText(0, item->text(0) + (check.passed ? tr("   PASS") : tr("   FAIL")));
            item->setToolTip(0, check.rule);
            item->setForeground(0, check.passed ? pass : fail);
        }
    }
    if (!marks)
        return;
    // Checks on headers that were missing, and the status check, get lines of their own.
    for (const CorsCheck &check : exchange.checks) {
        if (!check.header.isEmpty() && response.headers.contains(check.header))
            continue;
        const QString subject
            = check.header.isEmpty() ? tr("status") : QString::fromLatin1(check.header);
        QTreeWidgetItem *item = addLine(
            group, (check.passed ? tr("PASS %1: %2") : tr("FAIL %1: %2")).arg(subject, check.rule));
        item->setToolTip(0, check.rule);
        item->setForeground(0, check.passed ? pass : fail);
    }
}

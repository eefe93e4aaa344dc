#include "gui/DiagnoseDialog.h"

#include "core/browser/CorsMessages.h"
#include "core/browser/InitiatorFacts.h"
#include "core/diagnose/ConsolePaste.h"
#include "gui/ExportFormatCombo.h"
#include "ui_DiagnoseDialog.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPushButton>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

DiagnoseDialog::DiagnoseDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DiagnoseDialog>())
{
    m_ui->setupUi(this);
    ExportFormatCombo::fill(m_ui->frameworkCombo);
    m_ui->fixEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QFont bold = m_ui->summaryLabel->font();
    bold.setBold(true);
    m_ui->summaryLabel->setFont(bold);
    resize(820, 640);
    // Read once typing pauses: a long paste is read once, not once per key.
    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(150);
    connect(&m_typingPause, &QTimer::timeout, this, &DiagnoseDialog::diagnose);
    connect(m_ui->pasteEdit, &QPlainTextEdit::textChanged, &m_typingPause,
            qOverload<>(&QTimer::start));
    // The combo lists the formats in PolicyExport's order.
    connect(m_ui->frameworkCombo, &QComboBox::currentIndexChanged, this, &DiagnoseDialog::diagnose);
    connect(m_ui->errorCombo, &QComboBox::currentIndexChanged, this,
            &DiagnoseDialog::showDiagnosis);
    connect(m_ui->copyFixButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->fixEdit->toPlainText()); });
    connect(m_ui->reproduceButton, &QPushButton::clicked, this, [this] {
        if (const Diagnosis *diagnosis = current(); diagnosis && diagnosis->reproduction)
            Q_EMIT reproduceRequested(*diagnosis->reproduction);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    diagnose();
}

DiagnoseDialog::~DiagnoseDialog() = default;

void DiagnoseDialog::setFixFormat(PolicyExport::Format format)
{
    m_ui->frameworkCombo->setCurrentIndex(int(format));
}

const Diagnosis *DiagnoseDialog::current() const
{
    const int index = m_ui->errorCombo->currentIndex();
    return index >= 0 && index < m_diagnoses.size() ? &m_diagnoses.at(index) : nullptr;
}

void DiagnoseDialog::diagnose()
{
    const auto format = PolicyExport::Format(m_ui->frameworkCombo->currentIndex());
    const int chosen = m_ui->errorCombo->currentIndex();
    m_diagnoses.clear();
    for (const ConsoleError &error : ConsolePaste::read(m_ui->pasteEdit->toPlainText()))
        m_diagnoses.append(Diagnosis::of(error, format));
    const QSignalBlocker blocker(m_ui->errorCombo);
    m_ui->errorCombo->clear();
    for (const Diagnosis &diagnosis : std::as_const(m_diagnoses)) {
        const ConsoleError &error = diagnosis.error;
        m_ui->errorCombo->addItem(error.failure && error.hiddenCause.isEmpty()
                                      ? CorsMessages::kindName(error.failure->kind)
                                      : error.message.left(60));
    }
    m_ui->errorLabel->setVisible(m_diagnoses.size() > 1);
    m_ui->errorCombo->setVisible(m_diagnoses.size() > 1);
    const int index = chosen >= 0 && chosen < m_diagnoses.size() ? chosen : 0;
    m_ui->errorCombo->setCurrentIndex(m_diagnoses.isEmpty() ? -1 : index);
    showDiagnosis(m_ui->errorCombo->currentIndex());
}

void DiagnoseDialog::showDiagnosis(int index)
{
    const Diagnosis *diagnosis
        = index >= 0 && index < m_diagnoses.size() ? &m_diagnoses.at(index) : nullptr;
    m_ui->copyFixButton->setEnabled(diagnosis && !diagnosis->fixCode.isEmpty());
    m_ui->reproduceButton->setEnabled(diagnosis && diagnosis->reproduction.has_value());
    m_ui->fixEdit->setPlainText(diagnosis ? diagnosis->fixCode : QString());
    if (!diagnosis) {
        m_ui->summaryLabel->setText(
            m_ui->pasteEdit->toPlainText().trimmed().isEmpty()
                ? tr("Nothing pasted yet.")
                : tr("No CORS error found. Diagnose reads Chromium's \"Access to ... has been "
                     "blocked by CORS policy: ...\", Firefox's \"Cross-Origin Request Blocked: "
                     "...\", \"TypeError: Failed to fetch\" and axios' \"AxiosError: Network "
                     "Error\"."));
        m_ui->explanationLabel->clear();
        fitLabels();
        return;
    }
    const ConsoleError &error = diagnosis->error;
    const QString browser
        = error.browser == ConsoleError::Browser::Firefox ? u"Firefox"_s : u"Chromium"_s;
    QString summary;
    if (!error.unknownReason.isEmpty()) {
        summary = tr("%1, %2: %3 from %4. A CORS error with a reason CORS Playground does not "
                     "know.")
                      .arg(browser, InitiatorFacts::wordFor(error.initiator), error.url.toString(),
                           error.origin);
    } else if (error.failure && error.hiddenCause.isEmpty()) {
        summary
            = tr("%1, %2: %3 from %4. Failed check: %5.")
                  .arg(browser, InitiatorFacts::wordFor(error.initiator), error.url.toString(),
                       error.origin.isEmpty() ? tr("a page Firefox does not name") : error.origin,
                       CorsMessages::kindName(error.failure->kind));
    } else {
        summary = tr("%1: \"%2\" hides the cause.").arg(browser, error.hiddenCause);
    }
    m_ui->summaryLabel->setText(summary);
    m_ui->explanationLabel->setText(diagnosis->explanation);
    fitLabels();
}

void DiagnoseDialog::fitLabels()
{
    // The code and the paste would squeeze a wrapped label to one line: it keeps its lines.
    for (QLabel *label : {m_ui->summaryLabel, m_ui->explanationLabel})
        label->setMinimumHeight(qMax(0, label->heightForWidth(label->width())));
}

void DiagnoseDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitLabels();
}

void DiagnoseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        ExportFormatCombo::fill(m_ui->frameworkCombo);
        diagnose();
    }
    QDialog::changeEvent(event);
}

#include "gui/ExportDialog.h"

#include "core/export/PolicyExport.h"
#include "gui/ExportFormatCombo.h"
#include "ui_ExportDialog.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>

ExportDialog::ExportDialog(const CorsPolicy &policy, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_policy(policy)
{
    m_ui->setupUi(this);
    ExportFormatCombo::fill(m_ui->formatCombo);
    m_ui->codeEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    resize(760, 520);
    // A library's own options are best shown as that library's code.
    if (policy.mode == CorsPolicy::Mode::Middleware)
        m_ui->formatCombo->setCurrentIndex(int(PolicyExport::formatFor(policy.framework)));
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::render);
    connect(m_ui->copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(code()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    render();
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::code() const
{
    return m_ui->codeEdit->toPlainText();
}

void ExportDialog::render()
{
    // The combo lists the formats in PolicyExport's order.
    m_ui->codeEdit->setPlainText(
        PolicyExport::render(m_policy, PolicyExport::Format(m_ui->formatCombo->currentIndex())));
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        ExportFormatCombo::fill(m_ui->formatCombo);
    }
    QDialog::changeEvent(event);
}

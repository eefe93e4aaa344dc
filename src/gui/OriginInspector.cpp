#include "gui/OriginInspector.h"

#include "core/http/OriginComparison.h"
#include "ui_OriginInspector.h"

#include <QHeaderView>

OriginInspector::OriginInspector(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OriginInspector>())
{
    m_ui->setupUi(this);
    m_ui->partsTable->setHorizontalHeaderLabels({tr("First"), tr("Second")});
    m_ui->partsTable->setVerticalHeaderLabels({tr("Scheme"), tr("Host"), tr("Port"), tr("Origin")});
    m_ui->partsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_ui->firstEdit, &QLineEdit::textChanged, this, &OriginInspector::compare);
    connect(m_ui->secondEdit, &QLineEdit::textChanged, this, &OriginInspector::compare);
    compare();
}

OriginInspector::~OriginInspector() = default;

void OriginInspector::compare()
{
    const OriginComparison comparison
        = OriginComparison::compare(m_ui->firstEdit->text(), m_ui->secondEdit->text());
    const auto fill = [this](int column, const OriginComparison::Parts &parts) {
        const QString port = parts.portIsDefault ? tr("%1 (default)").arg(parts.port)
                                                 : QString::number(parts.port);
        const QStringList values = parts.valid
            ? QStringList{parts.scheme, parts.host, port, parts.origin}
            : QStringList{parts.error, QString(), QString(), QString()};
        for (int row = 0; row < values.size(); ++row)
            m_ui->partsTable->setItem(row, column, new QTableWidgetItem(values.at(row)));
    };
    fill(0, comparison.first);
    fill(1, comparison.second);
    if (!comparison.first.valid || !comparison.second.valid) {
        m_ui->originVerdictLabel->setText(tr("Enter two URLs such as http://localhost:3000/app."));
        m_ui->originReasonsLabel->clear();
        return;
    }
    m_ui->originVerdictLabel->setText(comparison.sameOrigin ? tr("\u2714 Same origin")
                                                            : tr("\u2716 Different origins"));
    m_ui->originReasonsLabel->setText(comparison.reasons.join(u'\n'));
}

void OriginInspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        compare();
    }
    QWidget::changeEvent(event);
}

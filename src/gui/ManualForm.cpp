#include "gui/ManualForm.h"

#include "ui_ManualForm.h"

using namespace Qt::Literals::StringLiterals;

ManualForm::ManualForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ManualForm>())
{
    m_ui->setupUi(this);
    // A status is applied on Enter, on leaving the field or on a step, never half-typed.
    m_ui->preflightStatusSpin->setKeyboardTracking(false);
    m_ui->actualStatusSpin->setKeyboardTracking(false);
    connect(m_ui->preflightStatusSpin, &QSpinBox::valueChanged, this,
            [this] { Q_EMIT committed(u"manual.preflight.status"_s); });
    connect(m_ui->actualStatusSpin, &QSpinBox::valueChanged, this,
            [this] { Q_EMIT committed(u"manual.actual.status"_s); });
    connect(m_ui->preflightHeadersEditor, &HeaderTableEditor::edited, this,
            [this] { Q_EMIT committed(u"manual.preflight.headers"_s); });
    connect(m_ui->actualHeadersEditor, &HeaderTableEditor::edited, this,
            [this] { Q_EMIT committed(u"manual.actual.headers"_s); });
}

ManualForm::~ManualForm() = default;

ManualResponse ManualForm::preflight() const
{
    return {m_ui->preflightStatusSpin->value(), m_ui->preflightHeadersEditor->headers()};
}

ManualResponse ManualForm::actual() const
{
    return {m_ui->actualStatusSpin->value(), m_ui->actualHeadersEditor->headers()};
}

void ManualForm::setResponses(const ManualResponse &preflight, const ManualResponse &actual)
{
    const QSignalBlocker blocker(this);
    m_ui->preflightStatusSpin->setValue(preflight.status);
    m_ui->preflightHeadersEditor->setHeaders(preflight.headers);
    m_ui->actualStatusSpin->setValue(actual.status);
    m_ui->actualHeadersEditor->setHeaders(actual.headers);
}

void ManualForm::showErrors(const PolicyErrors &errors)
{
    const QList<QPair<QString, QLabel *>> fields{{u"manual.preflight"_s, m_ui->preflightError},
                                                 {u"manual.actual"_s, m_ui->actualError}};
    for (const auto &[key, errorLabel] : fields) {
        QStringList messages;
        for (const PolicyError &error : errors) {
            if (error.field.startsWith(key))
                messages.append(tr("Not applied: %1: %2").arg(error.field, error.message));
        }
        errorLabel->setText(messages.join(u'\n'));
        errorLabel->setVisible(!messages.isEmpty());
    }
}

QString ManualForm::fieldLabel(const QString &field) const
{
    const QList<QPair<QString, QWidget *>> labels{
        {u"manual.preflight.status"_s, m_ui->preflightStatusSpin},
        {u"manual.preflight.headers"_s, m_ui->preflightHeadersEditor},
        {u"manual.actual.status"_s, m_ui->actualStatusSpin},
        {u"manual.actual.headers"_s, m_ui->actualHeadersEditor}};
    for (const auto &[key, widget] : labels) {
        if (key == field)
            return widget->accessibleName();
    }
    return QString();
}

void ManualForm::finishEditing()
{
    m_ui->preflightStatusSpin->interpretText();
    m_ui->actualStatusSpin->interpretText();
    m_ui->preflightHeadersEditor->finishEditing();
    m_ui->actualHeadersEditor->finishEditing();
}

void ManualForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
    }
    QWidget::changeEvent(event);
}

#include "gui/MiddlewareForm.h"

#include "core/policy/PolicyKeys.h"
#include "ui_MiddlewareForm.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList values;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            values.append(line.trimmed());
    }
    return values;
}

void setLines(QPlainTextEdit *edit, const QStringList &values)
{
    if (lines(edit) != values)
        edit->setPlainText(values.join(u'\n'));
}

} // namespace

MiddlewareForm::MiddlewareForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MiddlewareForm>())
{
    m_ui->setupUi(this);
    connect(m_ui->allowOriginsEdit, &QPlainTextEdit::textChanged, this,
            [this] { Q_EMIT edited(PolicyKeys::allowOrigins); });
    connect(m_ui->allowOriginRegexEdit, &QLineEdit::textChanged, this,
            [this] { Q_EMIT edited(PolicyKeys::allowOriginRegex); });
    connect(m_ui->allowMethodsEdit, &QPlainTextEdit::textChanged, this,
            [this] { Q_EMIT edited(PolicyKeys::allowMethods); });
    connect(m_ui->allowHeadersEdit, &QPlainTextEdit::textChanged, this,
            [this] { Q_EMIT edited(PolicyKeys::allowHeaders); });
    connect(m_ui->allowCredentialsCheck, &QCheckBox::toggled, this,
            [this] { Q_EMIT edited(QString()); });
    connect(m_ui->exposeHeadersEdit, &QPlainTextEdit::textChanged, this,
            [this] { Q_EMIT edited(PolicyKeys::exposeHeaders); });
    connect(m_ui->proxyUpstreamEdit, &QLineEdit::textChanged, this,
            [this] { Q_EMIT edited(PolicyKeys::proxyUpstream); });
    connect(m_ui->maxAgeSpin, &QSpinBox::valueChanged, this,
            [this] { Q_EMIT edited(PolicyKeys::maxAge); });
}

MiddlewareForm::~MiddlewareForm() = default;

MiddlewareOptions MiddlewareForm::options() const
{
    MiddlewareOptions options;
    options.allowOrigins = lines(m_ui->allowOriginsEdit);
    options.allowOriginRegex = m_ui->allowOriginRegexEdit->text().trimmed();
    options.allowMethods = lines(m_ui->allowMethodsEdit);
    options.allowHeaders = lines(m_ui->allowHeadersEdit);
    options.allowCredentials = m_ui->allowCredentialsCheck->isChecked();
    options.exposeHeaders = lines(m_ui->exposeHeadersEdit);
    options.maxAge = m_ui->maxAgeSpin->value();
    options.proxyUpstream = m_ui->proxyUpstreamEdit->text().trimmed();
    return options;
}

void MiddlewareForm::setOptions(const MiddlewareOptions &options)
{
    if (options == this->options())
        return;
    const QSignalBlocker blocker(this);
    setLines(m_ui->allowOriginsEdit, options.allowOrigins);
    if (m_ui->allowOriginRegexEdit->text().trimmed() != options.allowOriginRegex)
        m_ui->allowOriginRegexEdit->setText(options.allowOriginRegex);
    setLines(m_ui->allowMethodsEdit, options.allowMethods);
    setLines(m_ui->allowHeadersEdit, options.allowHeaders);
    m_ui->allowCredentialsCheck->setChecked(options.allowCredentials);
    setLines(m_ui->exposeHeadersEdit, options.exposeHeaders);
    m_ui->maxAgeSpin->setValue(options.maxAge);
    if (m_ui->proxyUpstreamEdit->text().trimmed() != options.proxyUpstream)
        m_ui->proxyUpstreamEdit->setText(options.proxyUpstream);
}

void MiddlewareForm::showErrors(const PolicyErrors &errors)
{
    const QList<QPair<QString, QLabel *>> fields{
        {PolicyKeys::allowOrigins, m_ui->allowOriginsError},
        {PolicyKeys::allowOriginRegex, m_ui->allowOriginRegexError},
        {PolicyKeys::allowMethods, m_ui->allowMethodsError},
        {PolicyKeys::allowHeaders, m_ui->allowHeadersError},
        {PolicyKeys::exposeHeaders, m_ui->exposeHeadersError},
        {PolicyKeys::proxyUpstream, m_ui->proxyUpstreamError}};
    for (const auto &[key, errorLabel] : fields) {
        QStringList messages;
        for (const PolicyError &error : errors) {
            if (error.field == key || error.field.startsWith(key + u'['))
                messages.append(tr("Not applied: %1").arg(error.message));
        }
        // The word "Not applied" and the colour both say it: never colour alone.
        errorLabel->setText(messages.join(u'\n'));
        errorLabel->setVisible(!messages.isEmpty());
    }
}

void MiddlewareForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
    }
    QWidget::changeEvent(event);
}

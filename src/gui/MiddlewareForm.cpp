#include "gui/MiddlewareForm.h"

#include "core/policy/PolicyKeys.h"
#include "gui/CommitWatcher.h"
#include "gui/FieldErrors.h"
#include "gui/TextLines.h"
#include "ui_MiddlewareForm.h"

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int VisibleListLines = 4;

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

QString withoutMnemonic(QString text)
{
    return text.remove(u'&');
}

} // namespace

MiddlewareForm::MiddlewareForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MiddlewareForm>())
    , m_commitWatcher(new CommitWatcher(this))
{
    m_ui->setupUi(this);
    connect(m_commitWatcher, &CommitWatcher::committed, this, &MiddlewareForm::committed);
    const QList<QPair<QPlainTextEdit *, QString>> lists{
        {m_ui->allowOriginsEdit, PolicyKeys::allowOrigins},
        {m_ui->allowMethodsEdit, PolicyKeys::allowMethods},
        {m_ui->allowHeadersEdit, PolicyKeys::allowHeaders},
        {m_ui->exposeHeadersEdit, PolicyKeys::exposeHeaders}};
    for (const auto &[edit, field] : lists) {
        watchForCommits(edit, field);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, field = field] {
            updateOriginHint();
            Q_EMIT edited(field);
        });
    }
    const QList<QPair<QLineEdit *, QString>> lineEdits{
        {m_ui->allowOriginRegexEdit, PolicyKeys::allowOriginRegex},
        {m_ui->proxyUpstreamEdit, PolicyKeys::proxyUpstream}};
    for (const auto &[edit, field] : lineEdits) {
        watchForCommits(edit, field);
        connect(edit, &QLineEdit::textChanged, this, [this, field = field] {
            updateOriginHint();
            Q_EMIT edited(field);
        });
    }
    connect(m_ui->allowCredentialsCheck, &QCheckBox::toggled, this, [this] {
        Q_EMIT edited(PolicyKeys::allowCredentials);
        Q_EMIT committed(PolicyKeys::allowCredentials);
    });
    // keyboardTracking is off: the value changes on Enter, on leaving the field or on a step.
    connect(m_ui->maxAgeSpin, &QSpinBox::valueChanged, this, [this] {
        Q_EMIT edited(PolicyKeys::maxAge);
        Q_EMIT committed(PolicyKeys::maxAge);
    });
    updateListHeights();
    updateOriginHint();
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
    updateOriginHint();
}

void MiddlewareForm::showErrors(const PolicyErrors &errors)
{
    const QList<QPair<QString, QLabel *>> fields{
        {PolicyKeys::allowOrigins, m_ui->allowOriginsError},
        {PolicyKeys::allowOriginRegex, m_ui->allowOriginRegexError},
        {PolicyKeys::allowMethods, m_ui->allowMethodsError},
        {PolicyKeys::allowHeaders, m_ui->allowHeadersError},
        {PolicyKeys::exposeHeaders, m_ui->exposeHeadersError},
        {PolicyKeys::maxAge, m_ui->maxAgeError},
        {PolicyKeys::proxyUpstream, m_ui->proxyUpstreamError}};
    for (const auto &[key, errorLabel] : fields)
        FieldErrors::show(errorLabel, errors, key);
}

QString MiddlewareForm::fieldLabel(const QString &field) const
{
    const QList<QPair<QString, QString>> labels{
        {PolicyKeys::allowOrigins, m_ui->allowOriginsLabel->text()},
        {PolicyKeys::allowOriginRegex, m_ui->allowOriginRegexLabel->text()},
        {PolicyKeys::allowMethods, m_ui->allowMethodsLabel->text()},
        {PolicyKeys::allowHeaders, m_ui->allowHeadersLabel->text()},
        {PolicyKeys::allowCredentials, m_ui->allowCredentialsCheck->accessibleName()},
        {PolicyKeys::exposeHeaders, m_ui->exposeHeadersLabel->text()},
        {PolicyKeys::maxAge, m_ui->maxAgeLabel->text()},
        {PolicyKeys::proxyUpstream, m_ui->proxyUpstreamLabel->text()}};
    for (const auto &[key, label] : labels) {
        if (key == field)
            return withoutMnemonic(label);
    }
    return QString();
}

void MiddlewareForm::finishEditing()
{
    m_ui->maxAgeSpin->interpretText();
}

void MiddlewareForm::watchForCommits(QWidget *edit, const QString &field)
{
    // Enter ends a value and commits it (in a list it also starts the next line); so does
    // moving to another field.
    m_commitWatcher->watch(edit, field);
}

void MiddlewareForm::updateListHeights()
{
    // Room for a few values at any zoom, not a fixed number of pixels.
    for (QPlainTextEdit *edit : {m_ui->allowOriginsEdit, m_ui->allowMethodsEdit,
                                 m_ui->allowHeadersEdit, m_ui->exposeHeadersEdit}) {
        edit->setMaximumHeight(TextLines::heightOf(edit, VisibleListLines));
        edit->setMinimumHeight(TextLines::heightOf(edit, 2));
    }
}

void MiddlewareForm::updateOriginHint()
{
    // An empty list allows nothing, which surprises a first Send: say so before it happens.
    m_ui->noOriginHint->setVisible(lines(m_ui->allowOriginsEdit).isEmpty()
                                   && m_ui->allowOriginRegexEdit->text().trimmed().isEmpty());
}

void MiddlewareForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    if (event->type() == QEvent::FontChange)
        updateListHeights();
    QWidget::changeEvent(event);
}

#include "gui/ExpressOptionsForm.h"

#include "core/policy/PolicyKeys.h"
#include "ui_ExpressOptionsForm.h"

ExpressOptionsForm::ExpressOptionsForm(QWidget *parent)
    : FrameworkOptionsForm(parent)
    , m_ui(std::make_unique<Ui::ExpressOptionsForm>())
{
    m_ui->setupUi(this);
    namespace Keys = PolicyKeys::Express;
    setFields(PolicyKeys::express, OptionLiteral::Language::JavaScript,
              {
                  {Keys::origin, m_ui->expressOriginEdit, m_ui->expressOriginError},
                  {Keys::methods, m_ui->expressMethodsEdit, m_ui->expressMethodsError},
                  {Keys::allowedHeaders, m_ui->expressAllowedHeadersEdit,
                   m_ui->expressAllowedHeadersError},
                  {Keys::exposedHeaders, m_ui->expressExposedHeadersEdit,
                   m_ui->expressExposedHeadersError},
                  {Keys::credentials, m_ui->expressCredentialsCheck, m_ui->expressCredentialsError},
                  {Keys::maxAge, m_ui->expressMaxAgeEdit, m_ui->expressMaxAgeError},
                  {Keys::preflightContinue, m_ui->expressPreflightContinueCheck,
                   m_ui->expressPreflightContinueError},
                  {Keys::optionsSuccessStatus, m_ui->expressOptionsSuccessStatusEdit,
                   m_ui->expressOptionsSuccessStatusError},
              });
}

ExpressOptionsForm::~ExpressOptionsForm() = default;

void ExpressOptionsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    FrameworkOptionsForm::changeEvent(event);
}

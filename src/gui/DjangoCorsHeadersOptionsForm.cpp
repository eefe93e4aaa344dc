#include "gui/DjangoCorsHeadersOptionsForm.h"

#include "core/policy/PolicyKeys.h"
#include "ui_DjangoCorsHeadersOptionsForm.h"

DjangoCorsHeadersOptionsForm::DjangoCorsHeadersOptionsForm(QWidget *parent)
    : FrameworkOptionsForm(parent)
    , m_ui(std::make_unique<Ui::DjangoCorsHeadersOptionsForm>())
{
    m_ui->setupUi(this);
    namespace Keys = PolicyKeys::Django;
    setFields(PolicyKeys::djangoCorsHeaders, OptionLiteral::Language::Python,
              {
                  {Keys::allowedOrigins, m_ui->djangoCorsAllowedOriginsEdit,
                   m_ui->djangoCorsAllowedOriginsError},
                  {Keys::allowedOriginRegexes, m_ui->djangoCorsAllowedOriginRegexesEdit,
                   m_ui->djangoCorsAllowedOriginRegexesError},
                  {Keys::allowAllOrigins, m_ui->djangoCorsAllowAllOriginsCheck,
                   m_ui->djangoCorsAllowAllOriginsError},
                  {Keys::allowMethods, m_ui->djangoCorsAllowMethodsEdit,
                   m_ui->djangoCorsAllowMethodsError},
                  {Keys::allowHeaders, m_ui->djangoCorsAllowHeadersEdit,
                   m_ui->djangoCorsAllowHeadersError},
                  {Keys::exposeHeaders, m_ui->djangoCorsExposeHeadersEdit,
                   m_ui->djangoCorsExposeHeadersError},
                  {Keys::allowCredentials, m_ui->djangoCorsAllowCredentialsCheck,
                   m_ui->djangoCorsAllowCredentialsError},
                  {Keys::preflightMaxAge, m_ui->djangoCorsPreflightMaxAgeEdit,
                   m_ui->djangoCorsPreflightMaxAgeError},
                  {Keys::urlsRegex, m_ui->djangoCorsUrlsRegexEdit, m_ui->djangoCorsUrlsRegexError},
              });
}

DjangoCorsHeadersOptionsForm::~DjangoCorsHeadersOptionsForm() = default;

void DjangoCorsHeadersOptionsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    FrameworkOptionsForm::changeEvent(event);
}

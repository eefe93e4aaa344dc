#include "gui/FlaskCorsOptionsForm.h"

#include "core/policy/PolicyKeys.h"
#include "ui_FlaskCorsOptionsForm.h"

FlaskCorsOptionsForm::FlaskCorsOptionsForm(QWidget *parent)
    : FrameworkOptionsForm(parent)
    , m_ui(std::make_unique<Ui::FlaskCorsOptionsForm>())
{
    m_ui->setupUi(this);
    namespace Keys = PolicyKeys::FlaskCors;
    setFields(
        PolicyKeys::flaskCors, OptionLiteral::Language::Python,
        {
            {Keys::origins, m_ui->flaskOriginsEdit, m_ui->flaskOriginsError},
            {Keys::methods, m_ui->flaskMethodsEdit, m_ui->flaskMethodsError},
            {Keys::allowHeaders, m_ui->flaskAllowHeadersEdit, m_ui->flaskAllowHeadersError},
            {Keys::exposeHeaders, m_ui->flaskExposeHeadersEdit, m_ui->flaskExposeHeadersError},
            {Keys::supportsCredentials, m_ui->flaskSupportsCredentialsCheck,
             m_ui->flaskSupportsCredentialsError},
            {Keys::maxAge, m_ui->flaskMaxAgeEdit, m_ui->flaskMaxAgeError},
            {Keys::sendWildcard, m_ui->flaskSendWildcardCheck, m_ui->flaskSendWildcardError},
            {Keys::alwaysSend, m_ui->flaskAlwaysSendCheck, m_ui->flaskAlwaysSendError},
            {Keys::varyHeader, m_ui->flaskVaryHeaderCheck, m_ui->flaskVaryHeaderError},
            {Keys::automaticOptions, m_ui->flaskAutomaticOptionsCheck,
             m_ui->flaskAutomaticOptionsError},
        });
}

FlaskCorsOptionsForm::~FlaskCorsOptionsForm() = default;

void FlaskCorsOptionsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    FrameworkOptionsForm::changeEvent(event);
}

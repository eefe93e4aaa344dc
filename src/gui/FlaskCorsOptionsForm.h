#pragma once

#include "gui/FrameworkOptionsForm.h"

#include <memory>

namespace Ui {
class FlaskCorsOptionsForm;
}

// Flask-CORS's CORS(app, ...) as a form, each field named as the option is in code.
class FlaskCorsOptionsForm : public FrameworkOptionsForm
{
    Q_OBJECT

public:
    explicit FlaskCorsOptionsForm(QWidget *parent = nullptr);
    ~FlaskCorsOptionsForm() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::FlaskCorsOptionsForm> m_ui;
};

#pragma once

#include "gui/FrameworkOptionsForm.h"

#include <memory>

namespace Ui {
class ExpressOptionsForm;
}

// npm's cors middleware for Express as a form, each field named as the option is in code.
class ExpressOptionsForm : public FrameworkOptionsForm
{
    Q_OBJECT

public:
    explicit ExpressOptionsForm(QWidget *parent = nullptr);
    ~ExpressOptionsForm() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::ExpressOptionsForm> m_ui;
};

#pragma once

#include "gui/FrameworkOptionsForm.h"

#include <memory>

namespace Ui {
class DjangoCorsHeadersOptionsForm;
}

// django-cors-headers' settings as a form, each field named as the option is in code.
class DjangoCorsHeadersOptionsForm : public FrameworkOptionsForm
{
    Q_OBJECT

public:
    explicit DjangoCorsHeadersOptionsForm(QWidget *parent = nullptr);
    ~DjangoCorsHeadersOptionsForm() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::DjangoCorsHeadersOptionsForm> m_ui;
};

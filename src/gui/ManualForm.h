#pragma once

#include "core/policy/ManualResponse.h"
#include "core/policy/PolicyError.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ManualForm;
}

// The manual mode's two responses, status and header lines, sent exactly as written.
class ManualForm : public QWidget
{
    Q_OBJECT

public:
    explicit ManualForm(QWidget *parent = nullptr);
    ~ManualForm() override;

    ManualResponse preflight() const;
    ManualResponse actual() const;
    void setResponses(const ManualResponse &preflight, const ManualResponse &actual);
    void showErrors(const PolicyErrors &errors);

Q_SIGNALS:
    void edited(const QString &field);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::ManualForm> m_ui;
};

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
    // The label a person sees for a field such as "manual.actual.headers"; empty if not ours.
    QString fieldLabel(const QString &field) const;
    // Takes in what is typed but not yet entered, before a commit.
    void finishEditing();

Q_SIGNALS:
    // A status or a header line was entered (these fields are committed as they are edited).
    void committed(const QString &field);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::ManualForm> m_ui;
};

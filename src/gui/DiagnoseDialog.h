#pragma once

#include "core/diagnose/Diagnosis.h"
#include "core/export/PolicyExport.h"

#include <QDialog>
#include <QList>
#include <QTimer>

#include <memory>

namespace Ui {
class DiagnoseDialog;
}

// Diagnose: the user pastes a console error and sees, as they type, the failed check, why,
// the fix for their framework (to copy) and a Reproduce button that loads a policy and a
// request giving the same error into the playground. Predict mode hides none of it: the user
// brought the answer. GUI thread only.
class DiagnoseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DiagnoseDialog(QWidget *parent = nullptr);
    ~DiagnoseDialog() override;

    // The framework the fix is written for (the playground's own, when the window opens it).
    void setFixFormat(PolicyExport::Format format);
    // The diagnosis shown, if the paste held a CORS error.
    const Diagnosis *current() const;

Q_SIGNALS:
    void reproduceRequested(const Reproduction &reproduction);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void diagnose();
    void showDiagnosis(int index);
    void fitLabels();

    std::unique_ptr<Ui::DiagnoseDialog> m_ui;
    QList<Diagnosis> m_diagnoses;
    QTimer m_typingPause;
};

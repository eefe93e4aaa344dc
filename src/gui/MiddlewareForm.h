#pragma once

#include "core/policy/MiddlewareOptions.h"
#include "core/policy/PolicyError.h"

#include <QWidget>

#include <memory>

namespace Ui {
class MiddlewareForm;
}

// The seven CORSMiddleware options as a form. It reports edits; the controller decides.
class MiddlewareForm : public QWidget
{
    Q_OBJECT

public:
    explicit MiddlewareForm(QWidget *parent = nullptr);
    ~MiddlewareForm() override;

    MiddlewareOptions options() const;
    // Shows these options unless the form already shows them (so typing is never disturbed).
    void setOptions(const MiddlewareOptions &options);
    // Shows each error next to its field; fields without errors hide theirs.
    void showErrors(const PolicyErrors &errors);

Q_SIGNALS:
    // field is the JSON key edited, so consecutive keystrokes make one undo step.
    void edited(const QString &field);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::MiddlewareForm> m_ui;
};

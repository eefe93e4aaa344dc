#pragma once

#include "core/policy/CorsPolicy.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExportDialog;
}

// The policy as FastAPI, Flask, Express or nginx code, with a copy button.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const CorsPolicy &policy, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QString code() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    CorsPolicy m_policy;
};

#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class OriginInspector;
}

// Two URLs side by side as scheme, host and port, with the same-origin verdict and why.
class OriginInspector : public QWidget
{
    Q_OBJECT

public:
    explicit OriginInspector(QWidget *parent = nullptr);
    ~OriginInspector() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void compare();

    std::unique_ptr<Ui::OriginInspector> m_ui;
};

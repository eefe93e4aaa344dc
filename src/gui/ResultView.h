#pragma once

#include "SimulationResult.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ResultView;
}
class QTreeWidgetItem;

// The verdict banner with Chromium's message, the explanation and fix, the annotated header
// trace and the sequence diagram of one simulated fetch().
class ResultView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultView(QWidget *parent = nullptr);
    ~ResultView() override;

    void showRunning();
    void showResult(const SimulationResult &result);
    // Brings the sequence diagram (or the header trace) to the front.
    void showSequenceDiagram(bool show);

private:
    void addExchange(const QString &title, const SimulatedExchange &exchange);
    QTreeWidgetItem *addLine(QTreeWidgetItem *parent, const QString &text);

    std::unique_ptr<Ui::ResultView> m_ui;
};

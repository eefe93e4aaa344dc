#pragma once

#include "core/browser/SimulationResult.h"

#include <QWidget>

#include <memory>
#include <optional>

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

    // A scenario's title and lesson above the result; empty hides it.
    void setLesson(const QString &title, const QString &lesson);
    // In predict mode a new result stays hidden until reveal(), so a class guesses first.
    void setPredictMode(bool enabled);
    bool isPredictMode() const { return m_predictMode; }
    void reveal();
    // What a real browser reported for the same request, beside the simulator's verdict.
    void showRealBrowserOutcome(bool allowed, const QString &details, bool agrees);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addExchange(const QString &title, const SimulatedExchange &exchange);
    QTreeWidgetItem *addLine(QTreeWidgetItem *parent, const QString &text);

    void updateVerdictFont();

    std::unique_ptr<Ui::ResultView> m_ui;
    bool m_predictMode = false;
    std::optional<SimulationResult> m_lastResult;
};

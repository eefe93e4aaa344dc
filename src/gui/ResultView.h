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
// trace and the sequence diagram of one simulated fetch(), under the lesson of a scenario.
// The trace gets most of the room; the messages scroll above it.
class ResultView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultView(QWidget *parent = nullptr);
    ~ResultView() override;

    void showRunning();
    void showResult(const SimulationResult &result);
    // Back to "send a request": no verdict, no messages, an empty trace and diagram.
    void clear();
    // Brings the sequence diagram (or the header trace) to the front.
    void showSequenceDiagram(bool show);

    // A scenario's title and lesson above the result; empty hides it. In predict mode the
    // lesson (which names the fix) waits for reveal() like the verdict.
    void setLesson(const QString &title, const QString &lesson);
    // Says the policy or the request was changed since the scenario was loaded, and offers
    // to reset it.
    void setLessonModified(bool modified);
    // Said on the verdict when the server ran another policy than the form shows; empty hides.
    void setPolicyMismatch(const QString &text);
    // In predict mode everything that gives a new result away (verdict, messages, explanation,
    // fix, PASS/FAIL marks, the diagram) stays hidden until reveal(), so a class guesses first.
    void setPredictMode(bool enabled);
    bool isPredictMode() const { return m_predictMode; }
    void reveal();
    // What a real browser reported for the same request, beside the simulator's verdict.
    void showRealBrowserOutcome(bool allowed, const QString &details, bool agrees);

Q_SIGNALS:
    void resetScenarioRequested();
    // Whether what gives the answer away is hidden now (predict mode, before Reveal).
    void answerHiddenChanged(bool hidden);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool answerHidden() const { return m_predictMode && !m_revealed; }
    void showLastResult();
    void showAnswerState();
    void showLesson();
    void showTrace();
    void addExchange(const QString &title, const SimulatedExchange &exchange);
    QTreeWidgetItem *addLine(QTreeWidgetItem *parent, const QString &text);

    std::unique_ptr<Ui::ResultView> m_ui;
    bool m_predictMode = false;
    bool m_revealed = true;
    bool m_splitterMovedByUser = false;
    QString m_lessonTitle;
    QString m_lessonText;
    std::optional<SimulationResult> m_lastResult;
};

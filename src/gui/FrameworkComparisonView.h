#pragma once

#include "core/classroom/FrameworkComparison.h"

#include <QWidget>

#include <memory>

namespace Ui {
class FrameworkComparisonView;
}

// The "Compare frameworks" tab: the four libraries' answers to the composed request side by
// side, a row per status and CORS line, the rows that differ marked, and each one's verdict.
class FrameworkComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit FrameworkComparisonView(QWidget *parent = nullptr);
    ~FrameworkComparisonView() override;

    void compare(const CorsPolicy &policy, const FetchRequest &request);
    // Predict mode: the browser's verdicts wait for Reveal; the lines each library sent stay,
    // as the trace's do.
    void setVerdictsHidden(bool hidden);

Q_SIGNALS:
    // The button was pressed: the window answers with compare(its policy, its request).
    void compareRequested();
    void compared();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showAnswers(const QList<FrameworkComparison::Answer> &answers);

    std::unique_ptr<Ui::FrameworkComparisonView> m_ui;
    FrameworkComparison *m_comparison;
    QList<FrameworkComparison::Answer> m_answers;
    bool m_verdictsHidden = false;
};

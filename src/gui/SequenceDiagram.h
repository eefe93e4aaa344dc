#pragma once

#include "core/browser/SimulationResult.h"

#include <QList>
#include <QWidget>

// The exchange between browser and server drawn from the real trace: the preflight (or a note
// that it came from the cache), the actual request, redirects, and the verdict. A Local Network
// Access step comes first, at the browser, because Chromium takes it before sending anything.
class SequenceDiagram : public QWidget
{
    Q_OBJECT

public:
    struct Step
    {
        enum class Kind { Permission, Request, Response, Note, Verdict };
        Kind kind;
        QString text;
        bool passed = true;
    };

    explicit SequenceDiagram(QWidget *parent = nullptr);

    void showResult(const SimulationResult &result);
    void clear();
    const QList<Step> &steps() const { return m_steps; }

    static QList<Step> stepsFor(const SimulationResult &result);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Step> m_steps;
    QString m_browser;
    QString m_server;
};

#pragma once

#include <QObject>

// Shows plain-text tooltips (the forms' explanations of each header, the trace's rules) as
// wrapped paragraphs instead of one line as wide as the screen. Installed on the application;
// GUI thread only.
class TooltipWrapper : public QObject
{
    Q_OBJECT

public:
    explicit TooltipWrapper(QObject *parent = nullptr);

    // The tooltip as Qt shows it wrapped: rich text, escaped, in a paragraph.
    static QString wrapped(const QString &plainText);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

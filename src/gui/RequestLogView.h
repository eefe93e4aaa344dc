#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class RequestLogView;
}
class RequestLog;
class RequestLogModel;

// Every request the server received, newest last, with its headers when selected.
class RequestLogView : public QWidget
{
    Q_OBJECT

public:
    explicit RequestLogView(RequestLog *log, QWidget *parent = nullptr);
    ~RequestLogView() override;

    RequestLogModel *model() const { return m_model; }
    // In predict mode, until Reveal: the server's CORS decision is the verdict, so its column
    // and its words in the details are not shown.
    void setDecisionsHidden(bool hidden);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSelected();
    void showDropped(quint64 dropped);

    std::unique_ptr<Ui::RequestLogView> m_ui;
    RequestLogModel *m_model;
    bool m_decisionsHidden = false;
};

#pragma once

#include "core/browser/FetchRequest.h"

#include <QUrl>
#include <QWidget>

#include <memory>

namespace Ui {
class RequestComposer;
}

// The page's fetch() call: origin, target, method, headers, body, credentials and mode. It says
// live whether the request will be simple or preflighted, and why.
class RequestComposer : public QWidget
{
    Q_OBJECT

public:
    explicit RequestComposer(QWidget *parent = nullptr);
    ~RequestComposer() override;

    // Where a target path such as /api/data points.
    void setServerUrl(const QUrl &url);
    FetchRequest request() const;
    void setRequest(const FetchRequest &request);

    QStringList recentOrigins() const;
    void setRecentOrigins(const QStringList &origins);

    // Sends the request as it stands, as the Send button and Ctrl+Enter do.
    void send();

Q_SIGNALS:
    void sendRequested(const FetchRequest &request);
    // Any field of the request was edited.
    void requestChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updatePreview();
    void updateInitiatorFields(FetchRequest::Initiator initiator);
    void updateBodyHeight();
    void rememberOrigin(const QString &origin);

    std::unique_ptr<Ui::RequestComposer> m_ui;
    QUrl m_serverUrl;
};

#pragma once

#include "core/browser/CorsFailure.h"
#include "core/browser/FetchRequest.h"

#include <QString>
#include <QUrl>

#include <optional>

// One error read from a pasted console: which browser printed it, what sent the request, where
// to and from which page, and the failed check. A line that hides the cause ("TypeError: Failed
// to fetch", axios' "AxiosError: Network Error") has no failure, only hiddenCause.
struct ConsoleError
{
    enum class Browser { Chromium, Firefox };

    Browser browser = Browser::Chromium;
    FetchRequest::Initiator initiator = FetchRequest::Initiator::Fetch;
    QUrl url;
    // Chromium's "(redirected from '...')": the URL the page asked for.
    QUrl redirectedFrom;
    // Empty when the message does not say (Firefox never names the page's origin).
    QString origin;
    std::optional<CorsFailure> failure;
    // Firefox's "Status code: N", or the status of the DevTools network line that followed.
    int status = 0;
    // The line as it was read, its whitespace made single spaces.
    QString message;
    QString hiddenCause;
    // A message in a browser's shape whose reason names no check the simulator knows: the
    // reason as printed (failure is empty).
    QString unknownReason;

    static QString browserName(Browser browser);
};

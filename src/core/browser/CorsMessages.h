#pragma once

#include "core/browser/CorsFailure.h"
#include "core/browser/FetchRequest.h"

#include <QString>
#include <QUrl>

// The words a failure is reported in: Chromium's console line and Firefox's.
namespace CorsMessages {

// "AllowOriginMismatch", as Chromium's CorsError enumerator without its "k".
QString kindName(CorsErrorKind kind);

// "Access to fetch at '<url>' [(redirected from '<first>')] from origin '<origin>' has been
// blocked by CORS policy: ..." (third_party/blink/renderer/platform/loader/cors/
// cors_error_string.cc). For TypeError and NetworkError, what Chromium prints instead.
// "fetch" is the initiator's word (InitiatorFacts::resourceWord): "XMLHttpRequest", "font",
// "image", "script", "CSS stylesheet"; XMLHttpRequest adds a sentence about withCredentials to
// the credentials failures.
QString chromiumMessage(const CorsFailure &failure, const QUrl &url, const QString &origin,
                        const QUrl &redirectedFrom = QUrl(),
                        FetchRequest::Initiator initiator = FetchRequest::Initiator::Fetch);
// The reason Chromium gives after the "blocked by CORS policy: " prefix.
QString chromiumReason(const CorsFailure &failure,
                       FetchRequest::Initiator initiator = FetchRequest::Initiator::Fetch);

// Firefox's console text for the same failure (dom/locales/.../security.properties); empty
// where Firefox ESR would not fail (it asks instead of refusing an insecure page, and has no
// targetAddressSpace).
QString firefoxMessage(const CorsFailure &failure, const QUrl &url, int status);

} // namespace CorsMessages

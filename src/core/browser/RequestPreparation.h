#pragma once

#include "core/browser/CorsFailure.h"
#include "core/browser/FetchRequest.h"
#include "core/http/HeaderLines.h"

#include <QStringList>

#include <optional>

// What fetch() does with its arguments before anything is sent: normalise the method, throw a
// TypeError for what it refuses, drop the headers a page may not set, add a Content-Type for a
// string body. Shared by the simulator and the composer's live preview.
struct PreparedRequest
{
    QByteArray method;
    HeaderLines headers;
    // Set when fetch() throws: nothing is sent at all.
    std::optional<CorsFailure> typeError;
    QStringList notes;

    static PreparedRequest prepare(const FetchRequest &request);
    // Why this request needs a preflight, one reason per method or header; empty when simple.
    static QStringList preflightReasons(const QByteArray &method, const HeaderLines &headers);
};

// The composer's answer before sending: what kind of request this will be, and why.
struct RequestPreview
{
    enum class Kind { SameOrigin, Simple, Preflighted, NoCors, Refused };

    Kind kind = Kind::Simple;
    QStringList reasons;
    QString summary;

    static RequestPreview of(const FetchRequest &request);
};

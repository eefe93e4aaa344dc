#pragma once

#include "core/browser/CorsFailure.h"
#include "core/browser/FetchRequest.h"
#include "core/http/HeaderLines.h"

#include <QStringList>

#include <optional>

// What fetch() (or XMLHttpRequest, or an element) does with its arguments before anything is
// sent: normalise the
// method, throw a TypeError for what it refuses, drop the headers a page may not set, add a
// Content-Type for a string body. Shared by the simulator and the composer's live preview.
struct PreparedRequest
{
    QByteArray method;
    HeaderLines headers;
    // What is sent: null when there is none, or the initiator drops it.
    QByteArray body;
    // Set when fetch() throws: nothing is sent at all.
    std::optional<CorsFailure> typeError;
    QStringList notes;

    static PreparedRequest prepare(const FetchRequest &request);
    // Why this request needs a preflight, one reason per method or header; empty when simple.
    // An XMLHttpRequest upload listener with a body forces a preflight of its own.
    static QStringList preflightReasons(const QByteArray &method, const HeaderLines &headers,
                                        bool uploadListenerWithBody = false);
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

#pragma once

#include "core/browser/FetchRequest.h"

#include <QByteArray>
#include <QString>

// What Chromium 156 makes of a request from each initiator: the request mode and credentials
// mode that the page's code (withCredentials, the crossorigin attribute) turns into, the
// Sec-Fetch-Dest and Accept it sends, and the word its console messages use. Observed in
// headless Chromium on this machine (tests/tst_chromiumconformance holds the simulator to it).
struct InitiatorFacts
{
    FetchRequest::Mode mode = FetchRequest::Mode::Cors;
    FetchRequest::Credentials credentials = FetchRequest::Credentials::SameOrigin;
    QByteArray destination = "empty";
    QByteArray accept = "*/*";
    // "fetch", "XMLHttpRequest", "font", "image", "script", "CSS stylesheet".
    QString resourceWord;

    static InitiatorFacts of(const FetchRequest &request);
    static QString wordFor(FetchRequest::Initiator initiator);
};

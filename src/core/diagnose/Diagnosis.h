#pragma once

#include "core/browser/FetchRequest.h"
#include "core/diagnose/ConsoleError.h"
#include "core/export/PolicyExport.h"
#include "core/policy/CorsPolicy.h"

#include <QString>
#include <QStringList>

#include <optional>

// A policy and a request that make the simulator print the same message as the one pasted
// (with the playground's address in place of the user's server): manual responses with
// exactly the fault the message names, and the request the message implies.
struct Reproduction
{
    CorsPolicy policy;
    // pageOrigin, method, headers, credentials, initiator and crossorigin; no URL, see path.
    FetchRequest request;
    // The pasted URL's path and query, on the playground's server.
    QString path;
    // What to give `cors-playground check` after `--policy FILE`.
    QStringList checkArguments;
};

// What a pasted console error means: the failed check explained, the server change that fixes
// it as code for one framework, and a reproduction. Pure: no network, any thread.
struct Diagnosis
{
    ConsoleError error;
    QString explanation;
    PolicyExport::Format fixFormat = PolicyExport::Format::FastApi;
    // Empty when no server setting fixes it (a line that hides the cause).
    QString fixCode;
    std::optional<Reproduction> reproduction;

    // Firefox does not name the page's origin: the fix and the reproduction use this one,
    // and the explanation says to put the real one in its place.
    static QString standInOrigin();
    static Diagnosis of(const ConsoleError &error, PolicyExport::Format fixFormat);
    // The server-side policy, in Starlette's terms, that fixes the failure.
    static CorsPolicy fixPolicy(const CorsFailure &failure, const QString &origin);
    static Reproduction reproduce(const ConsoleError &error);
};

#pragma once

#include "core/browser/FetchRequest.h"
#include "core/policy/CorsPolicy.h"

#include <QString>
#include <QStringList>
#include <QUrl>

// One classroom scenario: a policy, a request, the verdict a browser gives and a short lesson.
struct Scenario
{
    QString id;
    // Untranslated, as in the file; title() and lesson() give the user's language.
    QString sourceTitle;
    QString sourceLesson;
    CorsPolicy policy;
    // The request with a path; requestFor() points it at a server.
    FetchRequest request;
    QString path;
    bool expectAllowed = false;
    // Chromium's CorsError name when blocked.
    QString expectedError;
    QStringList expectedExposedHeaders;
    // "basic", "cors" or "opaque" when the lesson is about what the page may read; empty when
    // it does not say.
    QString expectedResponseType;

    QString title() const;
    QString lesson() const;
    FetchRequest requestFor(const QUrl &serverUrl) const;
};

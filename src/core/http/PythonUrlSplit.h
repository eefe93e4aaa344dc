#pragma once

#include <QString>

#include <optional>

// Python 3.11's urllib.parse.urlsplit(), which django-cors-headers uses to compare origins and
// in its system checks: the scheme is lower-cased, the netloc kept as written, and a malformed
// bracketed host raises ValueError (nullopt here), which makes Django skip the request.
struct PythonUrlSplit
{
    QString scheme;
    QString netloc;
    QString path;
    QString query;
    QString fragment;

    static std::optional<PythonUrlSplit> split(QString url);
};

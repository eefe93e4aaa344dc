#pragma once

#include <QString>
#include <QStringList>

// Two URLs side by side as scheme, host and port, with the same-origin verdict and why:
// what the origin inspector shows a class.
struct OriginComparison
{
    struct Parts
    {
        bool valid = false;
        QString error;
        QString scheme;
        QString host;
        int port = -1;
        bool portIsDefault = false;
        QString origin;
    };

    Parts first;
    Parts second;
    bool sameOrigin = false;
    // What differs, and what was normalised away (case, default ports, paths).
    QStringList reasons;

    static Parts parse(const QString &text);
    static OriginComparison compare(const QString &first, const QString &second);
};

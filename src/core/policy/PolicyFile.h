#pragma once

#include "core/policy/CorsPolicy.h"

#include <QString>

// Reads and writes policy files. Every error message names the file and, for bad content,
// the field, so a command can print it as it is.
namespace PolicyFile {

struct LoadResult
{
    CorsPolicy policy;
    // One line per problem: "FILE: field: message". Empty on success.
    QStringList errors;

    bool ok() const { return errors.isEmpty(); }
};

LoadResult load(const QString &path);
// Writes atomically: the old file stays whole until the new one is complete.
bool save(const QString &path, const CorsPolicy &policy, QString *errorMessage = nullptr);

} // namespace PolicyFile

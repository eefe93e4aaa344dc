#include "core/policy/PolicyFile.h"

#include "core/policy/PolicyJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace {
// One translation context for this file's strings, for tr() and lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PolicyFile)
};
} // namespace

namespace PolicyFile {

LoadResult load(const QString &path)
{
    LoadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors.append(
            Text::tr("%1: cannot read the policy file: %2").arg(path, file.errorString()));
        return result;
    }
    const PolicyJson::ParseResult parsed = PolicyJson::parse(file.readAll());
    for (const PolicyError &error : parsed.errors)
        result.errors.append(path + u": " + error.toString());
    if (parsed.ok())
        result.policy = parsed.policy;
    return result;
}

bool save(const QString &path, const CorsPolicy &policy, QString *errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(PolicyJson::serialize(policy)) < 0
        || !file.commit()) {
        if (errorMessage)
            *errorMessage
                = Text::tr("%1: cannot save the policy: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace PolicyFile

#include "support/NpmPackages.h"

#include <QDir>
#include <QFile>
#include <QProcess>

std::optional<QString> npmPackages(const QString &folder, const QStringList &packages,
                                   QString *error)
{
    const QString prefix = QStringLiteral(CORS_ORACLE_NODE_DIR "/") + folder;
    const QString modules = prefix + QStringLiteral("/node_modules");
    // The marker names what was asked for, so a changed list installs again.
    const QString marker = prefix + QStringLiteral("/installed.txt");
    const QByteArray wanted = packages.join(u' ').toUtf8();
    QFile markerFile(marker);
    if (markerFile.open(QIODevice::ReadOnly) && markerFile.readAll() == wanted)
        return modules;
    markerFile.close();
    QDir().mkpath(prefix);
    QProcess npm;
    npm.setProcessChannelMode(QProcess::MergedChannels);
    npm.start(QStringLiteral("npm"),
              QStringList{QStringLiteral("install"), QStringLiteral("--prefix"), prefix,
                          QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                          QStringLiteral("--silent")}
                  + packages);
    if (!npm.waitForFinished(300000) || npm.exitStatus() != QProcess::NormalExit
        || npm.exitCode() != 0) {
        *error = QStringLiteral("npm install %1 failed: %2")
                     .arg(packages.join(u' '), QString::fromUtf8(npm.readAll()));
        return std::nullopt;
    }
    if (markerFile.open(QIODevice::WriteOnly))
        markerFile.write(wanted);
    return modules;
}

#include "support/OracleTools.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

OracleTool OracleTool::executable(const QString &name, const QString &debianPackage)
{
    return {Kind::Executable, name, debianPackage, {}};
}

OracleTool OracleTool::pythonModule(const QString &module, const QString &debianPackage,
                                    const QString &interpreter)
{
    return {Kind::PythonModule, module, debianPackage, interpreter};
}

bool OracleTool::isPresent() const
{
    if (kind == Kind::Executable) {
        if (QFileInfo(name).isAbsolute())
            return QFileInfo(name).isExecutable();
        return !QStandardPaths::findExecutable(name).isEmpty();
    }
    QProcess python;
    python.start(interpreter, {QStringLiteral("-c"), QStringLiteral("import ") + name});
    return python.waitForFinished(30000) && python.exitStatus() == QProcess::NormalExit
        && python.exitCode() == 0;
}

namespace OracleTools {

QString missing(const QList<OracleTool> &tools)
{
    QStringList missingTools;
    for (const OracleTool &tool : tools) {
        if (!tool.isPresent())
            missingTools.append(
                QStringLiteral("%1 (apt-get install %2)").arg(tool.name, tool.debianPackage));
    }
    return missingTools.join(QStringLiteral("; "));
}

bool missingToolsFail()
{
    return qEnvironmentVariableIntValue("CORS_PLAYGROUND_REQUIRE_ORACLES") == 1;
}

} // namespace OracleTools

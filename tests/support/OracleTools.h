#pragma once

#include <QList>
#include <QString>
#include <QTest>

// The real software an oracle suite runs beside the playground (a browser, a framework, a
// server), and the Debian package that brings each. Run by hand without one, the suite reports
// SKIP and names the package; under scripts/test.sh (so in CI), which sets
// CORS_PLAYGROUND_REQUIRE_ORACLES=1, a missing tool fails the suite instead, so a green run
// always means the playground was compared with the real thing.
struct OracleTool
{
    enum class Kind { Executable, PythonModule };

    Kind kind = Kind::Executable;
    // An absolute path or a name looked up in PATH; or a Python module name.
    QString name;
    QString debianPackage;
    // For a Python module: the interpreter that must import it.
    QString interpreter;

    static OracleTool executable(const QString &name, const QString &debianPackage);
    // Checked with the interpreter the suite itself runs, so the check and the run agree.
    static OracleTool pythonModule(const QString &module, const QString &debianPackage,
                                   const QString &interpreter = QStringLiteral("/usr/bin/python3"));

    bool isPresent() const;
};

namespace OracleTools {

// "chromium (apt-get install chromium); ..." for the tools that are missing, or empty.
QString missing(const QList<OracleTool> &tools);
bool missingToolsFail();

} // namespace OracleTools

// In initTestCase() of an oracle suite: skip (by hand) or fail (CI) when a tool is missing.
// tests/CMakeLists.txt tells CTest that the skip message means "skipped".
#define REQUIRE_ORACLE_TOOLS(...)                                                                  \
    do {                                                                                           \
        const QString missingTools = OracleTools::missing({__VA_ARGS__});                          \
        if (!missingTools.isEmpty()) {                                                             \
            if (OracleTools::missingToolsFail())                                                   \
                QFAIL(qPrintable(QStringLiteral("required tool not installed: ") + missingTools)); \
            QSKIP(qPrintable(QStringLiteral("oracle tool not installed: ") + missingTools));       \
        }                                                                                          \
    } while (false)

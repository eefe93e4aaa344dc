#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// npm packages for the oracle suites, installed from the registry into the build tree
// (CORS_ORACLE_NODE_DIR/<folder>) the first time a suite needs them and reused afterwards, so
// the tests run against what `npm install` gives a user today. Returns the node_modules
// folder, or nullopt with npm's message in *error.
std::optional<QString> npmPackages(const QString &folder, const QStringList &packages,
                                   QString *error);

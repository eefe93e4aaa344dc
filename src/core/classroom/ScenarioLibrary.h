#pragma once

#include "core/classroom/Scenario.h"

#include <QList>
#include <QStringList>

// The scenarios compiled into the app (resources/scenarios/*.json), in file-name order.
class ScenarioLibrary
{
public:
    // Reads every *.json in the folder; problems name the file and the field.
    static ScenarioLibrary load(const QString &folder = QStringLiteral(":/scenarios"));
    static Scenario parse(const QByteArray &json, QString *error);

    const QList<Scenario> &scenarios() const { return m_scenarios; }
    const QStringList &errors() const { return m_errors; }
    const Scenario *find(const QString &id) const;

    // Every title and lesson as lupdate sees them (ScenarioTexts.cpp), to prove they are
    // translatable.
    static QStringList translatableTexts();

private:
    QList<Scenario> m_scenarios;
    QStringList m_errors;
};

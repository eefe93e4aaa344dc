#pragma once

#include <QList>
#include <QString>

// One problem found in a policy: the JSON path of the field ("allow_origins[1]",
// "manual.preflight.status") and a sentence that says what is wrong and how to fix it.
struct PolicyError
{
    QString field;
    QString message;

    QString toString() const { return field.isEmpty() ? message : field + u": " + message; }

    friend bool operator==(const PolicyError &left, const PolicyError &right)
    {
        return left.field == right.field && left.message == right.message;
    }
};

using PolicyErrors = QList<PolicyError>;

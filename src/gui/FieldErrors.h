#pragma once

#include "core/policy/PolicyError.h"

class QLabel;

// The line under a policy field that says why its value is not applied.
namespace FieldErrors {

// Shows the errors of field (and of its items, "field[2]") in label, hides it when none.
void show(QLabel *label, const PolicyErrors &errors, const QString &field);

} // namespace FieldErrors

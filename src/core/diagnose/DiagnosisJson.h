#pragma once

#include "core/diagnose/Diagnosis.h"

#include <QJsonObject>

// `diagnose --json`'s object for one error, a public contract: "browser", "initiator", "url",
// "origin" (null when the message does not say), "failure" (Chromium's CorsError name, null for
// a line that hides the cause), "explanation", "fix" ({"framework", "code"} or null) and
// "reproduction" ({"policy": a policy file's JSON, "check": the arguments after --policy FILE}
// or null); also "message", "detail", "status" and "redirected_from" when there is one.
namespace DiagnosisJson {

QJsonObject toJson(const Diagnosis &diagnosis);

} // namespace DiagnosisJson

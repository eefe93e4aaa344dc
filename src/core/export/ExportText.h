#pragma once

#include "core/policy/CorsPolicy.h"
#include "core/policy/TextOrList.h"

#include <QString>
#include <QStringList>

// Values written as source code for the exports, and the comments every format shares. Python
// and JavaScript both read a JSON string literal as the same string, so one quoting serves
// both; what differs (booleans, regular expressions) has its own function.
namespace ExportText {

QString jsonString(const QString &text);
// ["a", "b"]: a JSON array, which is also a Python list and a JavaScript array.
QString list(const QStringList &values);
// A string stays a string and a list a list: the libraries treat the two differently.
QString textOrList(const TextOrList &value);
QString pythonBool(bool value);
QString javaScriptBool(bool value);
// /pattern/ for a JavaScript RegExp source, with the slashes that would end it escaped.
QString javaScriptRegex(const QString &pattern);

// The comment that a manual-mode policy exports its middleware options, after prefix ("#").
QString manualNote(const QString &prefix);
// One comment line naming the fields a conversion from source could not carry, or empty.
QString notCarriedNote(const QString &prefix, CorsPolicy::Framework source,
                       const QStringList &fields);

} // namespace ExportText

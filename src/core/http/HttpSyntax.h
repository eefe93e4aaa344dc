#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Syntax rules shared by the policy validation, the server and the simulator. Each validator
// returns an empty string when the input is fine, or a sentence that teaches what is wrong.
namespace HttpSyntax {

// RFC 9110 token: what a method or a header name may be.
bool isToken(QByteArrayView text);
// Header values must not carry CR, LF or NUL: those would split or end the header block.
bool isValidHeaderValue(const QByteArray &value);

// The standard reason phrase of a status code (RFC 9110, 15), or empty for codes it does not
// name: "HTTP/1.1 299 " is still a valid status line.
QByteArray reasonPhrase(int status);

QString originProblem(const QString &origin);
QString methodProblem(const QString &method);
QString headerNameProblem(const QString &name);
QString headerValueProblem(const QString &value);

} // namespace HttpSyntax

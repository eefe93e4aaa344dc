#pragma once

#include <QRegularExpression>
#include <QString>

// A regular expression applied as a server library applies it: Python's re.match (anchored at
// the start only, so a prefix is enough: django-cors-headers, Flask-CORS) or JavaScript's
// RegExp.test (anywhere in the string: Express cors). Read-only once built, so one instance may
// be shared by the server's threads.
class LibraryRegex
{
public:
    enum class Dialect { PythonMatch, PythonMatchIgnoringCase, JavaScriptTest };

    LibraryRegex(const QString &pattern, Dialect dialect);

    bool isValid() const { return m_expression.isValid(); }
    // "missing closing parenthesis at character 10", for a policy error.
    QString problem() const;
    // An invalid pattern matches nothing.
    bool matches(const QString &text) const;

private:
    QRegularExpression m_expression;
    Dialect m_dialect;
};

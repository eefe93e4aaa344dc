#include "core/http/LibraryRegex.h"

#include <QCoreApplication>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CorsPolicy)
};

} // namespace

LibraryRegex::LibraryRegex(const QString &pattern, Dialect dialect)
    : m_expression(pattern,
                   dialect == Dialect::PythonMatchIgnoringCase
                       ? QRegularExpression::CaseInsensitiveOption
                       : QRegularExpression::NoPatternOption)
    , m_dialect(dialect)
{ }

QString LibraryRegex::problem() const
{
    if (isValid())
        return {};
    return Text::tr("does not compile: %1 at character %2.")
        .arg(m_expression.errorString())
        .arg(m_expression.patternErrorOffset() + 1);
}

bool LibraryRegex::matches(const QString &text) const
{
    if (!isValid())
        return false;
    const auto option = m_dialect == Dialect::JavaScriptTest
        ? QRegularExpression::NoMatchOption
        : QRegularExpression::AnchorAtOffsetMatchOption;
    return m_expression.match(text, 0, QRegularExpression::NormalMatch, option).hasMatch();
}

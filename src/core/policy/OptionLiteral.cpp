#include "core/policy/OptionLiteral.h"

#include "core/policy/PolicyKeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OptionLiteral)
};

using Language = OptionLiteral::Language;

// A recursive-descent reader over the few literal forms an option takes.
class Reader
{
public:
    Reader(const QString &text, Language language)
        : m_text(text)
        , m_language(language)
    { }

    OptionLiteral::Parsed read()
    {
        skipSpace();
        if (atEnd())
            return {QJsonValue(QJsonValue::Null), {}};
        QJsonValue value = readValue();
        skipSpace();
        if (m_problem.isEmpty() && !atEnd())
            fail(Text::tr("unexpected \"%1\" after the value").arg(m_text.mid(m_position, 10)));
        if (!m_problem.isEmpty())
            return {QJsonValue(), m_problem};
        return {value, {}};
    }

private:
    bool atEnd() const { return m_position >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_position); }

    void skipSpace()
    {
        while (!atEnd() && peek().isSpace())
            ++m_position;
    }

    void fail(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
        m_position = m_text.size();
    }

    QJsonValue readValue()
    {
        skipSpace();
        const QChar next = peek();
        if (next == u'\'' || next == u'"')
            return readString(false);
        if (m_language == Language::Python && (next == u'r' || next == u'R')
            && (m_text.mid(m_position + 1, 1) == u"'" || m_text.mid(m_position + 1, 1) == u"\"")) {
            ++m_position;
            return readString(true);
        }
        if (next == u'[' || (m_language == Language::Python && next == u'('))
            return readList(next == u'[' ? u']' : u')');
        if (next == u'/' && m_language == Language::JavaScript)
            return readRegex();
        if (next == u'-' || next.isDigit())
            return readNumber();
        return readWord();
    }

    QJsonValue readString(bool raw)
    {
        const QChar quote = peek();
        ++m_position;
        QString value;
        while (!atEnd() && peek() != quote) {
            QChar character = peek();
            ++m_position;
            if (character == u'\\' && !raw && !atEnd()) {
                const QChar escaped = peek();
                ++m_position;
                character = escaped == u'n' ? QChar(u'\n')
                    : escaped == u't'       ? QChar(u'\t')
                                            : escaped;
                // Python keeps the backslash of an escape it does not know ('\w' is \w);
                // JavaScript drops it ('\w' is w).
                const bool known = escaped == u'n' || escaped == u't' || escaped == u'\\'
                    || escaped == u'\'' || escaped == u'"';
                if (!known && m_language == Language::Python)
                    value += u'\\';
            } else if (character == u'\\' && raw && !atEnd()) {
                // r'\'' keeps both characters, and the quote does not end the string.
                value += character;
                character = peek();
                ++m_position;
            }
            value += character;
        }
        if (atEnd()) {
            fail(Text::tr("the string is not closed: add %1 at its end").arg(quote));
            return {};
        }
        ++m_position;
        return value;
    }

    QJsonValue readList(QChar close)
    {
        ++m_position;
        QJsonArray array;
        while (true) {
            skipSpace();
            if (peek() == close) {
                ++m_position;
                return array;
            }
            if (atEnd()) {
                fail(Text::tr("the list is not closed: add %1 at its end").arg(close));
                return {};
            }
            array.append(readValue());
            skipSpace();
            if (atEnd())
                continue;
            if (peek() == u',')
                ++m_position;
            else if (peek() != close)
                fail(Text::tr("write a comma between the list's values"));
        }
    }

    QJsonValue readRegex()
    {
        ++m_position;
        QString pattern;
        bool inClass = false;
        while (!atEnd() && (peek() != u'/' || inClass)) {
            const QChar character = peek();
            ++m_position;
            if (character == u'\\' && !atEnd()) {
                // "\/" only keeps the "/" from ending the literal: the pattern is "/".
                if (peek() != u'/')
                    pattern += character;
                pattern += peek();
                ++m_position;
            } else if (character == u'[') {
                pattern += character;
                inClass = true;
            } else {
                pattern += character;
                inClass = inClass && character != u']';
            }
        }
        if (atEnd()) {
            fail(Text::tr("the regular expression is not closed: add / at its end"));
            return {};
        }
        ++m_position;
        if (!atEnd() && peek().isLetter())
            fail(Text::tr("regular expression flags are not supported here"));
        return QJsonObject{{PolicyKeys::Express::regex, pattern}};
    }

    QJsonValue readNumber()
    {
        const qsizetype start = m_position;
        ++m_position;
        while (!atEnd() && peek().isDigit())
            ++m_position;
        bool ok = false;
        const qlonglong number = m_text.mid(start, m_position - start).toLongLong(&ok);
        if (!ok) {
            fail(Text::tr("\"%1\" is not a number").arg(m_text.mid(start, m_position - start)));
            return {};
        }
        return double(number);
    }

    QJsonValue readWord()
    {
        const qsizetype start = m_position;
        while (!atEnd() && (peek().isLetterOrNumber() || peek() == u'_'))
            ++m_position;
        const QString word = m_text.mid(start, m_position - start);
        const bool python = m_language == Language::Python;
        if (word == (python ? u"True"_s : u"true"_s))
            return true;
        if (word == (python ? u"False"_s : u"false"_s))
            return false;
        if (word == (python ? u"None"_s : u"null"_s) || (!python && word == u"undefined"))
            return QJsonValue(QJsonValue::Null);
        fail(word.isEmpty()
                 ? Text::tr("unexpected \"%1\"").arg(peek())
                 : Text::tr("%1 is not a value here: put text in quotes, such as '%1'").arg(word));
        return {};
    }

    const QString &m_text;
    Language m_language;
    qsizetype m_position = 0;
    QString m_problem;
};

QString quoted(const QString &text, Language language)
{
    if (language == Language::Python && text.contains(u'\\') && !text.contains(u'\'')
        && !text.endsWith(u'\\'))
        return u"r'"_s + text + u'\'';
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s).replace(u"\n"_s, u"\\n"_s);
    return u'\'' + escaped + u'\'';
}

} // namespace

namespace OptionLiteral {

Parsed parse(const QString &text, Language language)
{
    return Reader(text, language).read();
}

QString format(const QJsonValue &value, Language language)
{
    const bool python = language == Language::Python;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? (python ? u"True"_s : u"true"_s)
                              : (python ? u"False"_s : u"false"_s);
    case QJsonValue::Double:
        return QString::number(qint64(value.toDouble()));
    case QJsonValue::String:
        return quoted(value.toString(), language);
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(format(item, language));
        return u'[' + items.join(u", ") + u']';
    }
    case QJsonValue::Object: {
        QString pattern = value.toObject().value(PolicyKeys::Express::regex).toString();
        // A "/" inside the pattern would end the literal.
        for (qsizetype index = 0; index < pattern.size(); ++index) {
            if (pattern.at(index) == u'\\')
                ++index;
            else if (pattern.at(index) == u'/')
                pattern.insert(index++, u'\\');
        }
        return u'/' + pattern + u'/';
    }
    }
    return {};
}

} // namespace OptionLiteral

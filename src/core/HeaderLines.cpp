#include "HeaderLines.h"

namespace {
bool sameName(const QByteArray &left, const QByteArray &right)
{
    return left.compare(right, Qt::CaseInsensitive) == 0;
}
} // namespace

HeaderLines::HeaderLines(std::initializer_list<Line> lines)
    : m_lines(lines)
{ }

HeaderLines::HeaderLines(const QList<Line> &lines)
    : m_lines(lines)
{ }

void HeaderLines::append(const QByteArray &name, const QByteArray &value)
{
    m_lines.append({name, value});
}

void HeaderLines::append(const HeaderLines &other)
{
    m_lines.append(other.m_lines);
}

void HeaderLines::set(const QByteArray &name, const QByteArray &value)
{
    qsizetype firstIndex = -1;
    for (qsizetype index = 0; index < m_lines.size();) {
        if (!sameName(m_lines.at(index).first, name)) {
            ++index;
        } else if (firstIndex < 0) {
            firstIndex = index;
            m_lines[index].second = value;
            ++index;
        } else {
            m_lines.removeAt(index);
        }
    }
    if (firstIndex < 0)
        append(name, value);
}

void HeaderLines::removeAll(const QByteArray &name)
{
    m_lines.removeIf([&name](const Line &line) { return sameName(line.first, name); });
}

bool HeaderLines::contains(const QByteArray &name) const
{
    return std::any_of(m_lines.cbegin(), m_lines.cend(),
                       [&name](const Line &line) { return sameName(line.first, name); });
}

QByteArray HeaderLines::firstValue(const QByteArray &name) const
{
    for (const Line &line : m_lines) {
        if (sameName(line.first, name))
            return line.second;
    }
    return {};
}

QList<QByteArray> HeaderLines::values(const QByteArray &name) const
{
    QList<QByteArray> found;
    for (const Line &line : m_lines) {
        if (sameName(line.first, name))
            found.append(line.second);
    }
    return found;
}

QByteArray HeaderLines::combinedValue(const QByteArray &name) const
{
    return values(name).join(", ");
}

#include "core/http/HeaderLines.h"

namespace {
// Names are compared through views: the CORS rules look headers up by string literals on
// every request, and a QByteArray made from each would be an allocation.
bool sameName(const QByteArray &left, QByteArrayView right)
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

void HeaderLines::set(QByteArrayView name, const QByteArray &value)
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
        append(name.toByteArray(), value);
}

void HeaderLines::removeAll(QByteArrayView name)
{
    m_lines.removeIf([name](const Line &line) { return sameName(line.first, name); });
}

bool HeaderLines::contains(QByteArrayView name) const
{
    return std::any_of(m_lines.cbegin(), m_lines.cend(),
                       [name](const Line &line) { return sameName(line.first, name); });
}

QByteArray HeaderLines::firstValue(QByteArrayView name) const
{
    for (const Line &line : m_lines) {
        if (sameName(line.first, name))
            return line.second;
    }
    return {};
}

QList<QByteArray> HeaderLines::values(QByteArrayView name) const
{
    QList<QByteArray> found;
    for (const Line &line : m_lines) {
        if (sameName(line.first, name))
            found.append(line.second);
    }
    return found;
}

QByteArray HeaderLines::combinedValue(QByteArrayView name) const
{
    return values(name).join(", ");
}

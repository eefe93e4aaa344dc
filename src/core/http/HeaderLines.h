#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>
#include <QPair>

// Header lines exactly as they travel: order, case and duplicates are kept, because a CORS
// lesson is often about a duplicate or oddly written line.
class HeaderLines
{
public:
    using Line = QPair<QByteArray, QByteArray>;

    HeaderLines() = default;
    HeaderLines(std::initializer_list<Line> lines);
    explicit HeaderLines(const QList<Line> &lines);

    void append(const QByteArray &name, const QByteArray &value);
    void append(const HeaderLines &other);
    // Replaces every line with this name (any case) by one line at the first one's place,
    // or appends it: what Starlette's MutableHeaders.__setitem__ does.
    void set(QByteArrayView name, const QByteArray &value);
    void removeAll(QByteArrayView name);

    bool contains(QByteArrayView name) const;
    // The first line's value, as most servers read a header.
    QByteArray firstValue(QByteArrayView name) const;
    QList<QByteArray> values(QByteArrayView name) const;
    // All values joined by ", ": how the Fetch standard combines duplicate lines.
    QByteArray combinedValue(QByteArrayView name) const;

    const QList<Line> &lines() const { return m_lines; }
    qsizetype size() const { return m_lines.size(); }
    bool isEmpty() const { return m_lines.isEmpty(); }

    friend bool operator==(const HeaderLines &left, const HeaderLines &right)
    {
        return left.m_lines == right.m_lines;
    }
    friend bool operator!=(const HeaderLines &left, const HeaderLines &right)
    {
        return !(left == right);
    }

private:
    QList<Line> m_lines;
};

Q_DECLARE_METATYPE(HeaderLines)

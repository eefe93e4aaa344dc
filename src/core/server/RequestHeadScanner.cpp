#include "core/server/RequestHeadScanner.h"

#include "core/http/HttpSyntax.h"

#include <cstring>

namespace {

bool isControlByte(char byte)
{
    const auto value = static_cast<unsigned char>(byte);
    return value < 0x20 || value == 0x7f;
}

bool isDigits(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char byte) {
        return byte >= '0' && byte <= '9';
    });
}

} // namespace

RequestHeadScanner::RequestHeadScanner(const ServerLimits &limits)
    : m_limits(limits)
{ }

void RequestHeadScanner::reset()
{
    *this = RequestHeadScanner(m_limits);
}

qsizetype RequestHeadScanner::feed(QByteArrayView data)
{
    qsizetype used = 0;
    // A line at a time: this runs on every read of every connection.
    while (used < data.size() && !m_complete && !isRefused()) {
        const QByteArrayView rest = data.sliced(used);
        const auto *newline
            = static_cast<const char *>(std::memchr(rest.data(), '\n', size_t(rest.size())));
        const qsizetype lineLength = newline ? newline - rest.data() : rest.size();
        const qsizetype segment = newline ? lineLength + 1 : lineLength;
        const qsizetype allowed = m_limits.maxHeaderBytes - m_headBytes;
        if (segment > allowed) {
            // Read up to the first byte too many, and no further.
            used += allowed + 1;
            m_headBytes += allowed + 1;
            refuse(431,
                   "The request line and headers may take at most "
                       + QByteArray::number(m_limits.maxHeaderBytes) + " bytes.");
            break;
        }
        used += segment;
        m_headBytes += segment;
        m_line += rest.first(lineLength);
        if (newline)
            acceptLine();
    }
    return used;
}

void RequestHeadScanner::acceptLine()
{
    // Views into the line buffer, which keeps its capacity: no allocation per line.
    QByteArrayView line(m_line);
    if (line.endsWith('\r'))
        line.chop(1);
    checkLine(line);
    m_line.resize(0);
}

void RequestHeadScanner::checkLine(QByteArrayView line)
{
    if (line.isEmpty()) {
        // Blank lines before the request line are allowed (RFC 9112, 2.2) and ignored.
        m_complete = m_sawRequestLine;
        return;
    }
    if (!m_sawRequestLine) {
        m_sawRequestLine = true;
        checkRequestLine(line);
        return;
    }
    if (++m_headerLines > m_limits.maxHeaderLines) {
        refuse(431,
               "A request may have at most " + QByteArray::number(m_limits.maxHeaderLines)
                   + " header lines.");
        return;
    }
    checkHeaderLine(line);
}

void RequestHeadScanner::checkRequestLine(QByteArrayView line)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype secondSpace = firstSpace < 0 ? -1 : line.indexOf(' ', firstSpace + 1);
    const QByteArrayView method = line.first(std::max<qsizetype>(firstSpace, 0));
    const QByteArrayView target = secondSpace < 0
        ? QByteArrayView()
        : line.sliced(firstSpace + 1, secondSpace - firstSpace - 1);
    const QByteArrayView version
        = secondSpace < 0 ? QByteArrayView() : line.sliced(secondSpace + 1);
    if (secondSpace < 0 || !HttpSyntax::isToken(method) || target.isEmpty()
        || std::any_of(target.begin(), target.end(), isControlByte) || version.contains(' ')) {
        refuse(400,
               "The request line must be: METHOD, one space, the target, one space, "
               "HTTP/1.1.");
        return;
    }
    m_method = method.toByteArray();
    if (version == "HTTP/1.1" || version == "HTTP/1.0")
        return;
    if (version.startsWith("HTTP/"))
        refuse(505, "This server speaks HTTP/1.1 (and 1.0), not " + version.toByteArray() + '.');
    else
        refuse(400, "The request line must end with HTTP/1.1.");
}

void RequestHeadScanner::checkHeaderLine(QByteArrayView line)
{
    if (line.startsWith(' ') || line.startsWith('\t')) {
        refuse(400,
               "A header line starts with whitespace: folded header values are obsolete "
               "(RFC 9112, 5.2).");
        return;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView name = line.first(std::max<qsizetype>(colon, 0));
    if (colon <= 0 || !HttpSyntax::isToken(name)) {
        refuse(400,
               "Every header line must be a name, a colon and a value; the name may not "
               "contain spaces.");
        return;
    }
    const QByteArrayView value = line.sliced(colon + 1).trimmed();
    const bool hasControlByte = std::any_of(
        value.begin(), value.end(), [](char byte) { return byte != '\t' && isControlByte(byte); });
    if (hasControlByte) {
        refuse(400,
               "The value of " + name.toByteArray() + " contains a control byte (such as NUL).");
        return;
    }
    if (name.compare("Content-Length", Qt::CaseInsensitive) == 0 && !isDigits(value))
        refuse(400, "Content-Length must be a whole number of bytes.");
}

void RequestHeadScanner::refuse(int status, const QByteArray &explanation)
{
    m_refusal = {status, explanation};
}

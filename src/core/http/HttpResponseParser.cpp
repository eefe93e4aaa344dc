#include "core/http/HttpResponseParser.h"

#include <QCoreApplication>

namespace {
// One translation context for this file's strings, for tr() and lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)
};
} // namespace

HttpResponseParser::HttpResponseParser(bool requestWasHead)
    : m_requestWasHead(requestWasHead)
{ }

void HttpResponseParser::feed(const QByteArray &bytes)
{
    if (m_state == State::Complete || m_state == State::Failed)
        return;
    m_buffer += bytes;
    QByteArray line;
    while (m_state == State::StatusLine || m_state == State::Headers) {
        if (!takeLine(&line))
            return;
        if (m_state == State::StatusLine)
            parseStatusLine(line);
        else if (line.isEmpty())
            startBody();
        else
            parseHeaderLine(line);
    }
    if (m_state == State::Body)
        readBody();
    else if (m_state == State::ChunkSize || m_state == State::ChunkData
             || m_state == State::ChunkTrailer)
        readChunks();
}

void HttpResponseParser::finishOnClose()
{
    if (m_state == State::Body && m_remainingBody < 0) {
        m_response.body += m_buffer;
        m_buffer.clear();
        m_state = State::Complete;
    } else if (m_state != State::Complete) {
        fail(Text::tr("the server closed the connection before the response was complete"));
    }
}

bool HttpResponseParser::takeLine(QByteArray *line)
{
    const qsizetype end = m_buffer.indexOf('\n');
    if (end < 0) {
        if (m_headerBytes + m_buffer.size() > MaximumHeaderBytes)
            fail(Text::tr("the response headers are larger than %1 bytes").arg(MaximumHeaderBytes));
        return false;
    }
    m_headerBytes += end + 1;
    if (m_headerBytes > MaximumHeaderBytes) {
        fail(Text::tr("the response headers are larger than %1 bytes").arg(MaximumHeaderBytes));
        return false;
    }
    *line = m_buffer.left(end);
    if (line->endsWith('\r'))
        line->chop(1);
    m_buffer.remove(0, end + 1);
    return true;
}

void HttpResponseParser::parseStatusLine(const QByteArray &line)
{
    // "HTTP/1.1 204 No Content"; the reason phrase may be empty.
    const QList<QByteArray> parts = line.split(' ');
    bool isNumber = false;
    const int status = parts.size() >= 2 ? parts.at(1).toInt(&isNumber) : 0;
    if (!line.startsWith("HTTP/") || !isNumber || parts.at(1).size() != 3) {
        fail(Text::tr("not an HTTP response: \"%1\"").arg(QString::fromLatin1(line.left(80))));
        return;
    }
    m_response.httpVersion = parts.at(0);
    m_response.status = status;
    m_response.reasonPhrase = line.mid(parts.at(0).size() + 5);
    m_state = State::Headers;
}

void HttpResponseParser::parseHeaderLine(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        fail(Text::tr("malformed header line: \"%1\"").arg(QString::fromLatin1(line.left(80))));
        return;
    }
    m_response.headers.append(line.left(colon), line.mid(colon + 1).trimmed());
}

void HttpResponseParser::startBody()
{
    const int status = m_response.status;
    if (m_requestWasHead || status < 200 || status == 204 || status == 304) {
        m_state = State::Complete;
        return;
    }
    if (m_response.headers.combinedValue("Transfer-Encoding").toLower().contains("chunked")) {
        m_state = State::ChunkSize;
        return;
    }
    if (m_response.headers.contains("Content-Length")) {
        bool isNumber = false;
        m_remainingBody
            = m_response.headers.firstValue("Content-Length").trimmed().toLongLong(&isNumber);
        if (!isNumber || m_remainingBody < 0) {
            fail(Text::tr("invalid Content-Length"));
            return;
        }
    }
    m_state = State::Body;
}

void HttpResponseParser::readBody()
{
    if (m_remainingBody < 0) {
        // No length given: the body ends when the connection closes.
        m_response.body += m_buffer;
        m_buffer.clear();
    } else {
        const qsizetype taken = std::min<qint64>(m_remainingBody, m_buffer.size());
        m_response.body += m_buffer.left(taken);
        m_buffer.remove(0, taken);
        m_remainingBody -= taken;
        if (m_remainingBody == 0)
            m_state = State::Complete;
    }
    if (m_response.body.size() > MaximumBodyBytes)
        fail(Text::tr("the response body is larger than %1 bytes").arg(MaximumBodyBytes));
}

void HttpResponseParser::readChunks()
{
    QByteArray line;
    while (true) {
        if (m_state == State::ChunkSize) {
            if (!takeLine(&line))
                return;
            bool isNumber = false;
            m_remainingBody = line.split(';').first().trimmed().toLongLong(&isNumber, 16);
            if (!isNumber || m_remainingBody < 0) {
                fail(Text::tr("invalid chunk size"));
                return;
            }
            m_state = m_remainingBody == 0 ? State::ChunkTrailer : State::ChunkData;
        } else if (m_state == State::ChunkData) {
            // The chunk's data and its closing CRLF.
            if (m_buffer.size() < m_remainingBody + 2)
                return;
            m_response.body += m_buffer.left(m_remainingBody);
            m_buffer.remove(0, m_remainingBody + 2);
            if (m_response.body.size() > MaximumBodyBytes) {
                fail(Text::tr("the response body is larger than %1 bytes").arg(MaximumBodyBytes));
                return;
            }
            m_state = State::ChunkSize;
        } else if (m_state == State::ChunkTrailer) {
            if (!takeLine(&line))
                return;
            if (line.isEmpty()) {
                m_state = State::Complete;
                return;
            }
        } else {
            return;
        }
    }
}

void HttpResponseParser::fail(const QString &error)
{
    m_state = State::Failed;
    m_error = error;
}

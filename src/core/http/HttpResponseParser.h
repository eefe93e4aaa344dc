#pragma once

#include "core/http/RawHttpMessage.h"

#include <QByteArray>
#include <QString>

// Reads one HTTP/1.1 response from bytes as they arrive, keeping every header line as sent.
// Bounded: a server cannot make it hold more than the limits below.
class HttpResponseParser
{
public:
    static constexpr qsizetype MaximumHeaderBytes = 256 * 1024;
    static constexpr qsizetype MaximumBodyBytes = 16 * 1024 * 1024;

    // A response to HEAD has headers but never a body.
    explicit HttpResponseParser(bool requestWasHead = false);

    void feed(const QByteArray &bytes);
    // The peer closed the connection: a body read "until close" is complete now.
    void finishOnClose();

    bool isComplete() const { return m_state == State::Complete; }
    bool hasFailed() const { return m_state == State::Failed; }
    QString errorString() const { return m_error; }
    const RawHttpResponse &response() const { return m_response; }

private:
    enum class State {
        StatusLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkTrailer,
        Complete,
        Failed
    };

    bool takeLine(QByteArray *line);
    void parseStatusLine(const QByteArray &line);
    void parseHeaderLine(const QByteArray &line);
    void startBody();
    void readBody();
    void readChunks();
    void fail(const QString &error);

    bool m_requestWasHead;
    State m_state = State::StatusLine;
    QByteArray m_buffer;
    qsizetype m_headerBytes = 0;
    qint64 m_remainingBody = -1;
    RawHttpResponse m_response;
    QString m_error;
};

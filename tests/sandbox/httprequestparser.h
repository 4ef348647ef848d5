// Incremental HTTP/1.1 request parser: bytes arrive in arbitrary pieces (partial reads, several
// pipelined requests in one read), requests come out whole. Bodies are Content-Length only; the
// clients under test never send chunked requests, so chunked is refused with 501 rather than guessed.
#pragma once

#include "httpmessage.h"

#include <optional>

namespace prospector::sandbox {

class HttpRequestParser {
public:
    enum class Error { None, BadRequest, HeadersTooLarge, BodyTooLarge, ChunkedNotSupported };

    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024; // the 1 MiB body cap of notes-004 R29

    void feed(const QByteArray &bytes) { m_buffer += bytes; }

    // The next complete request, or nullopt when more bytes are needed or the stream is broken
    // (check error() then; a broken stream stays broken).
    std::optional<HttpRequest> next();

    // True once per request whose head asked "Expect: 100-continue" and whose body has not arrived:
    // the connection then sends "100 Continue" (curl does this for large bodies).
    bool takeContinueRequest();

    Error error() const { return m_error; }
    int errorStatus() const;
    bool hasBufferedBytes() const { return !m_buffer.isEmpty(); }

private:
    bool parseHead(const QByteArray &head, HttpRequest &request);

    QByteArray m_buffer;
    Error m_error = Error::None;
    bool m_wantsContinue = false;
    bool m_continueSent = false;
};

} // namespace prospector::sandbox

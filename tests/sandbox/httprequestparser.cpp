#include "httprequestparser.h"

#include <QUrl>

namespace prospector::sandbox {

std::optional<HttpRequest> HttpRequestParser::next() {
    if (m_error != Error::None)
        return std::nullopt;
    // Tolerate stray CRLFs between requests (RFC 9112 section 2.2).
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (m_buffer.size() > kMaxHeaderBytes)
            m_error = Error::HeadersTooLarge;
        return std::nullopt;
    }
    if (headEnd > kMaxHeaderBytes) {
        m_error = Error::HeadersTooLarge;
        return std::nullopt;
    }
    HttpRequest request;
    if (!parseHead(m_buffer.left(headEnd), request))
        return std::nullopt;
    if (request.header("transfer-encoding").toLower().contains("chunked")) {
        m_error = Error::ChunkedNotSupported;
        return std::nullopt;
    }
    qsizetype length = 0;
    if (request.hasHeader("content-length")) {
        bool ok = false;
        length = request.header("content-length").trimmed().toLongLong(&ok);
        if (!ok || length < 0) {
            m_error = Error::BadRequest;
            return std::nullopt;
        }
        if (length > kMaxBodyBytes) {
            m_error = Error::BodyTooLarge;
            return std::nullopt;
        }
    }
    const qsizetype bodyStart = headEnd + 4;
    if (m_buffer.size() - bodyStart < length) {
        if (!m_continueSent && request.header("expect").toLower() == "100-continue")
            m_wantsContinue = true;
        return std::nullopt; // the body is still arriving
    }
    m_continueSent = false;
    request.body = m_buffer.mid(bodyStart, length);
    m_buffer.remove(0, bodyStart + length);
    return request;
}

bool HttpRequestParser::parseHead(const QByteArray &head, HttpRequest &request) {
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        m_error = Error::BadRequest;
        return false;
    }
    request.method = requestLine.at(0).toUpper();
    request.target = requestLine.at(1);
    request.http10 = requestLine.at(2) == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            m_error = Error::BadRequest;
            return false;
        }
        request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    const qsizetype question = request.target.indexOf('?');
    const QByteArray rawPath = question < 0 ? request.target : request.target.left(question);
    if (!rawPath.startsWith('/')) {
        m_error = Error::BadRequest;
        return false;
    }
    request.path = QUrl::fromPercentEncoding(rawPath);
    if (question >= 0) {
        // '+' means a space in form-style query strings; QUrlQuery leaves it alone.
        QByteArray rawQuery = request.target.mid(question + 1);
        rawQuery.replace('+', "%20");
        request.query.setQuery(QString::fromLatin1(rawQuery));
    }
    return true;
}

bool HttpRequestParser::takeContinueRequest() {
    if (!m_wantsContinue)
        return false;
    m_wantsContinue = false;
    m_continueSent = true;
    return true;
}

int HttpRequestParser::errorStatus() const {
    switch (m_error) {
    case Error::None:
        return 0;
    case Error::BadRequest:
        return 400;
    case Error::HeadersTooLarge:
        return 431;
    case Error::BodyTooLarge:
        return 413;
    case Error::ChunkedNotSupported:
        return 501;
    }
    return 400;
}

} // namespace prospector::sandbox

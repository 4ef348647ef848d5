#include "httpmessage.h"

#include <QDateTime>
#include <QLocale>

namespace prospector::sandbox {

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const {
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &lowerCaseName) const {
    for (const auto &entry : headers) {
        if (entry.first == lowerCaseName)
            return true;
    }
    return false;
}

bool HttpRequest::wantsClose() const {
    const QByteArray connection = header("connection").toLower();
    if (http10)
        return !connection.contains("keep-alive");
    return connection.contains("close");
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value) {
    for (auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0) {
            entry.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const {
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return {};
}

HttpResponse HttpResponse::json(int status, const QJsonDocument &document, const QByteArray &contentType) {
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", contentType);
    response.body = document.toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::text(int status, const QByteArray &body) {
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    response.body = body;
    return response;
}

HttpResponse HttpResponse::noContent() {
    HttpResponse response;
    response.status = 204;
    return response;
}

QByteArray HttpResponse::serialize(bool keepAlive, qsizetype bodyLengthOverride) const {
    QByteArray out;
    out.reserve(256 + body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    const QString date = QLocale::c().toString(QDateTime::currentDateTimeUtc(),
                                               QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    out += "Date: " + date.toLatin1() + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (status != 204 && status != 304) {
        const qsizetype length = bodyLengthOverride >= 0 ? bodyLengthOverride : body.size();
        out += "Content-Length: " + QByteArray::number(length) + "\r\n";
    }
    out += keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n")
                     : QByteArrayLiteral("Connection: close\r\n");
    out += "\r\n";
    if (status != 204 && status != 304)
        out += body;
    return out;
}

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 207:
        return "Multi-Status";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 423:
        return "Locked";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 477:
        return "Migration In Progress";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Unknown";
    }
}

} // namespace prospector::sandbox

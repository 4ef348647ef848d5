// The request and response types the sandbox's tiny HTTP/1.1 server hands to the simulators.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace prospector::sandbox {

struct HttpRequest {
    QByteArray method; // upper case, e.g. "POST"
    QByteArray target; // raw request target as sent, e.g. "/crm/v3/objects/contacts?limit=10"
    QString path;      // percent-decoded path without the query
    QUrlQuery query;   // decoded query
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased (HTTP names are case-insensitive)
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const;
    bool hasHeader(const QByteArray &lowerCaseName) const;
    bool wantsClose() const; // "Connection: close" or HTTP/1.0 without keep-alive
    bool http10 = false;
};

struct HttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static HttpResponse json(int status, const QJsonDocument &document,
                             const QByteArray &contentType = QByteArrayLiteral("application/json"));
    static HttpResponse text(int status, const QByteArray &body);
    static HttpResponse noContent();

    // Status line, headers (Content-Length computed unless bodyLengthOverride >= 0) and body.
    QByteArray serialize(bool keepAlive, qsizetype bodyLengthOverride = -1) const;
};

QByteArray reasonPhrase(int status);

} // namespace prospector::sandbox

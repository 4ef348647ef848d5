// A plain QNetworkAccessManager client for the sandbox tests: one request, wait for the answer.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

struct SandboxReply {
    int status = 0; // 0 when no HTTP response arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool timedOut = false;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QByteArray header(const QByteArray &name) const;
};

class SandboxClient {
public:
    explicit SandboxClient(QUrl base)
        : m_base(std::move(base)) {}

    // Extra headers are sent as given; path is appended to the base URL's path.
    SandboxReply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                      const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 5000);

    QNetworkAccessManager &manager() { return m_manager; }

private:
    QUrl m_base;
    QNetworkAccessManager m_manager;
};

QList<QPair<QByteArray, QByteArray>> bearer(const QByteArray &token);
QList<QPair<QByteArray, QByteArray>> lemlistBasic(const QByteArray &key);
QList<QPair<QByteArray, QByteArray>> exploriumKey(const QByteArray &key);
QByteArray toJson(const QJsonObject &object);

#include "sandboxclient.h"

#include <QBuffer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTimer>

QByteArray SandboxReply::header(const QByteArray &name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SandboxReply SandboxClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                                 const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs) {
    QUrl url = m_base;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(m_base.path() + (question < 0 ? path : path.left(question)), QUrl::TolerantMode);
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 2000);
    SandboxReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.timedOut =
        result.error == QNetworkReply::OperationCanceledError || result.error == QNetworkReply::TimeoutError;
    if (reply->isOpen())
        result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

QList<QPair<QByteArray, QByteArray>> bearer(const QByteArray &token) {
    return {{QByteArrayLiteral("Authorization"), "Bearer " + token}};
}

QList<QPair<QByteArray, QByteArray>> lemlistBasic(const QByteArray &key) {
    return {{QByteArrayLiteral("Authorization"), "Basic " + QByteArray(":" + key).toBase64()}};
}

QList<QPair<QByteArray, QByteArray>> exploriumKey(const QByteArray &key) {
    return {{QByteArrayLiteral("api_key"), key}};
}

QByteArray toJson(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

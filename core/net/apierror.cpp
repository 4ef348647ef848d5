#include "net/apierror.h"

#include <QCoreApplication>

namespace prospector::net {

ApiError ApiError::make(ApiErrorKind kind, Service service, QString detail) {
    ApiError error;
    error.kind = kind;
    error.service = service;
    error.detail = std::move(detail);
    return error;
}

QString ApiError::userMessage() const {
    const QString name = serviceDisplayName(service);
    auto tr = [](const char *text) {
        return QCoreApplication::translate("ApiError", text);
    };
    switch (kind) {
    case ApiErrorKind::None:
        return tr("Connected to %1.").arg(name);
    case ApiErrorKind::Auth:
        return tr("%1 rejected the API key or token. Check that it is correct and has not expired.")
            .arg(name);
    case ApiErrorKind::Permission:
        return tr("%1 accepted the key but refused this operation (missing permission, scope or credits).")
            .arg(name);
    case ApiErrorKind::Validation:
        return tr("%1 refused the request as invalid.").arg(name);
    case ApiErrorKind::NotFound:
        return tr("%1 could not find the requested record.").arg(name);
    case ApiErrorKind::Conflict:
        return tr("The record already exists in %1.").arg(name);
    case ApiErrorKind::RateLimited:
        return tr("%1 is limiting the request rate. Prospector will slow down and try again.").arg(name);
    case ApiErrorKind::Server:
        return tr("%1 had a server problem. Try again later.").arg(name);
    case ApiErrorKind::Network:
        return tr("Could not reach %1. Check the network connection and the server address.").arg(name);
    case ApiErrorKind::Timeout:
        return tr("%1 did not answer in time.").arg(name);
    case ApiErrorKind::MalformedResponse:
        return tr("%1 sent a response Prospector could not understand.").arg(name);
    case ApiErrorKind::CircuitOpen:
        return tr("%1 is temporarily paused after repeated failures. Prospector will retry automatically.")
            .arg(name);
    case ApiErrorKind::Cancelled:
        return tr("The request to %1 was cancelled.").arg(name);
    }
    return {};
}

QString ApiError::toLogString() const {
    QString text = serviceKey(service) + QLatin1Char(' ') + apiErrorKindName(kind);
    if (httpStatus > 0)
        text += QStringLiteral(" http=") + QString::number(httpStatus);
    if (!remoteCategory.isEmpty())
        text += QStringLiteral(" category=") + remoteCategory;
    if (!correlationId.isEmpty())
        text += QStringLiteral(" correlation=") + correlationId;
    if (retryAfterMs >= 0)
        text += QStringLiteral(" retryAfterMs=") + QString::number(retryAfterMs);
    if (!serverMessage.isEmpty())
        text += QStringLiteral(" message=\"") + serverMessage + QLatin1Char('"');
    if (!detail.isEmpty())
        text += QStringLiteral(" detail=\"") + detail + QLatin1Char('"');
    return text;
}

QString apiErrorKindName(ApiErrorKind kind) {
    switch (kind) {
    case ApiErrorKind::None:
        return QStringLiteral("ok");
    case ApiErrorKind::Auth:
        return QStringLiteral("auth");
    case ApiErrorKind::Permission:
        return QStringLiteral("permission");
    case ApiErrorKind::Validation:
        return QStringLiteral("validation");
    case ApiErrorKind::NotFound:
        return QStringLiteral("not_found");
    case ApiErrorKind::Conflict:
        return QStringLiteral("conflict");
    case ApiErrorKind::RateLimited:
        return QStringLiteral("rate_limited");
    case ApiErrorKind::Server:
        return QStringLiteral("server");
    case ApiErrorKind::Network:
        return QStringLiteral("network");
    case ApiErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ApiErrorKind::MalformedResponse:
        return QStringLiteral("malformed_response");
    case ApiErrorKind::CircuitOpen:
        return QStringLiteral("circuit_open");
    case ApiErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace prospector::net

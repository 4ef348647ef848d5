#include "net/errorclassifier.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

namespace prospector::net {
namespace {

constexpr qsizetype kMaxMessageChars = 300;

QString stringField(const QJsonObject &o, QLatin1StringView key) {
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

bool looksLikeHtml(const QByteArray &body) {
    const QByteArray head = body.trimmed().left(64).toLower();
    return head.startsWith('<') || head.contains("<html") || head.contains("<!doctype");
}

// Fills serverMessage / remoteCategory / correlationId / retryAfterMs from the body. Any shape is
// accepted; unknown shapes just leave the fields empty.
void readBody(ApiError &e, const QByteArray &body) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        QString message = stringField(o, QLatin1StringView("message"));
        if (message.isEmpty())
            message = stringField(o, QLatin1StringView("details")); // Explorium general envelope
        if (message.isEmpty()) {
            const QJsonValue detail = o.value(QLatin1StringView("detail")); // FastAPI 422
            if (detail.isString()) {
                message = detail.toString();
            } else if (detail.isArray() && !detail.toArray().isEmpty()) {
                const QJsonObject first = detail.toArray().first().toObject();
                message = stringField(first, QLatin1StringView("msg"));
                e.remoteCategory = stringField(first, QLatin1StringView("type"));
            }
        }
        if (message.isEmpty())
            message = stringField(o, QLatin1StringView("error"));
        e.serverMessage = message.left(kMaxMessageChars);
        for (const char *key : {"category", "errorType", "code", "error"}) {
            if (!e.remoteCategory.isEmpty())
                break;
            const QJsonValue v = o.value(QLatin1StringView(key));
            if (v.isString() && v.toString() != message)
                e.remoteCategory = v.toString();
        }
        if (o.value(QLatin1StringView("policyName")).isString())
            e.remoteCategory = o.value(QLatin1StringView("policyName")).toString();
        e.correlationId = stringField(o, QLatin1StringView("correlationId"));
        if (e.correlationId.isEmpty())
            e.correlationId = stringField(o, QLatin1StringView("correlation_id"));
        const QJsonValue retryAfter = o.value(QLatin1StringView("retry_after"));
        if (retryAfter.isDouble() && retryAfter.toDouble() >= 0)
            e.retryAfterMs = qint64(retryAfter.toDouble() * 1000);
        return;
    }
    if (looksLikeHtml(body)) {
        e.detail = QStringLiteral("HTML error page");
        return;
    }
    e.serverMessage = QString::fromUtf8(body).trimmed().left(kMaxMessageChars);
}

ApiErrorKind kindForStatus(int status) {
    if (status >= 200 && status < 300)
        return ApiErrorKind::None;
    switch (status) {
    case 400:
    case 422:
        return ApiErrorKind::Validation;
    case 401:
        return ApiErrorKind::Auth;
    case 403:
        return ApiErrorKind::Permission;
    case 404:
        return ApiErrorKind::NotFound;
    case 409:
        return ApiErrorKind::Conflict;
    case 423: // HubSpot: locked during a large burst; wait >= 2 s
    case 429:
        return ApiErrorKind::RateLimited;
    case 477: // HubSpot: migration in progress, comes with Retry-After
        return ApiErrorKind::Server;
    default:
        break;
    }
    if (status >= 500 && status < 600)
        return ApiErrorKind::Server;
    if (status >= 400 && status < 500)
        return ApiErrorKind::Validation;
    return ApiErrorKind::MalformedResponse; // 1xx/3xx: APIs never redirect; we refuse to follow
}

void refineHubSpot(ApiError &e, const HeaderMap &headers) {
    if (e.remoteCategory == QLatin1StringView("INVALID_AUTHENTICATION") ||
        e.remoteCategory == QLatin1StringView("EXPIRED_AUTHENTICATION"))
        e.kind = ApiErrorKind::Auth;
    else if (e.remoteCategory == QLatin1StringView("MISSING_SCOPES"))
        e.kind = ApiErrorKind::Permission;
    if (e.kind == ApiErrorKind::RateLimited && e.retryAfterMs < 0) {
        // HubSpot sends no Retry-After on CRM 429s; wait per policy like the official SDK does
        // (the rolling window: the one the headers name, else its documented 10 s).
        bool ok = false;
        const qint64 interval = headers.value("x-hubspot-ratelimit-interval-milliseconds").toLongLong(&ok);
        const qint64 window = ok && interval > 0 ? interval : 10000;
        if (e.remoteCategory == QLatin1StringView("SECONDLY"))
            e.retryAfterMs = 1000;
        else if (e.remoteCategory == QLatin1StringView("TEN_SECONDLY_ROLLING"))
            e.retryAfterMs = window;
        else if (e.httpStatus == 423)
            e.retryAfterMs = 2000;
        else if (e.remoteCategory == QLatin1StringView("DAILY")) {
            // Resets at midnight in the account's time zone, which we cannot know; UTC midnight is
            // the estimate. Far beyond any in-call retry, so the caller gets the error at once.
            const QDateTime now = QDateTime::currentDateTimeUtc();
            e.retryAfterMs = now.msecsTo(QDateTime(now.date().addDays(1), QTime(0, 0), Qt::UTC));
        } else {
            e.retryAfterMs = window;
        }
    }
}

void refineLemlist(ApiError &e) {
    const QString &m = e.serverMessage;
    auto has = [&m](const char *text) {
        return m.contains(QLatin1StringView(text), Qt::CaseInsensitive);
    };
    if (has("Lead already in the campaign")) {
        e.kind = ApiErrorKind::Conflict;
        e.remoteCategory = QStringLiteral("LEAD_ALREADY_IN_CAMPAIGN");
    } else if (has("Lead already in other campaign")) {
        e.kind = ApiErrorKind::Conflict;
        e.remoteCategory = QStringLiteral("LEAD_IN_OTHER_CAMPAIGN");
    } else if (has("Lead in graveyard")) {
        // A permanent state (the lead unsubscribed), although lemlist reports it as a 500.
        e.kind = ApiErrorKind::Validation;
        e.remoteCategory = QStringLiteral("LEAD_IN_GRAVEYARD");
    } else if (has("No API key provided") || has("No user found for this API key") ||
               has("authentication you supplied is incorrect")) {
        e.kind = ApiErrorKind::Auth;
    } else if (has("User linked to this API key is blocked")) {
        e.kind = ApiErrorKind::Permission;
    }
}

void refineExplorium(ApiError &e) {
    if (e.kind == ApiErrorKind::Permission &&
        e.serverMessage.contains(QLatin1StringView("insufficient credits"), Qt::CaseInsensitive))
        e.remoteCategory = QStringLiteral("INSUFFICIENT_CREDITS");
}

} // namespace

qint64 parseRetryAfterMs(const QByteArray &value, const QDateTime &now) {
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok)
        return seconds >= 0 ? qint64(seconds * 1000) : -1;
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, now.msecsTo(when));
}

ApiError classifyHttpStatus(Service service, int status, const QByteArray &body, const HeaderMap &headers) {
    ApiError e;
    e.service = service;
    e.httpStatus = status;
    e.kind = kindForStatus(status);
    if (e.kind == ApiErrorKind::None)
        return e;
    if (status >= 300 && status < 400)
        e.detail = QStringLiteral("unexpected redirect");
    readBody(e, body);
    const qint64 headerRetry =
        parseRetryAfterMs(headers.value("retry-after"), QDateTime::currentDateTimeUtc());
    if (headerRetry >= 0)
        e.retryAfterMs = headerRetry;
    switch (service) {
    case Service::HubSpot:
        refineHubSpot(e, headers);
        break;
    case Service::Lemlist:
        refineLemlist(e);
        break;
    case Service::Explorium:
        refineExplorium(e);
        break;
    }
    return e;
}

ApiError classifyNetworkError(Service service, QNetworkReply::NetworkError code, const QString &errorString,
                              bool timedOut) {
    ApiError e;
    e.service = service;
    e.detail = errorString;
    if (timedOut || code == QNetworkReply::TimeoutError) {
        e.kind = ApiErrorKind::Timeout;
        return e;
    }
    switch (code) {
    case QNetworkReply::OperationCanceledError:
        // Qt reports an expired transfer timeout as a cancellation; ours are flagged above.
        e.kind = ApiErrorKind::Timeout;
        break;
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        e.kind = ApiErrorKind::MalformedResponse;
        break;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        // Nothing reached the server, so even a non-idempotent call may be resent.
        e.kind = ApiErrorKind::Network;
        e.remoteCategory = QStringLiteral("CONNECTION_REFUSED");
        break;
    default:
        e.kind = ApiErrorKind::Network;
        break;
    }
    return e;
}

} // namespace prospector::net

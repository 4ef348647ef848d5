#pragma once

#include "net/service.h"

#include <QMetaType>
#include <QString>

namespace prospector::net {

// What went wrong with a remote call, in terms the app can act on. The kind decides retrying
// (see RetryPolicy), the breaker (see CircuitBreaker) and the message shown to the user.
enum class ApiErrorKind {
    None,              // success
    Auth,              // 401, missing/invalid/expired token
    Permission,        // 403, missing scope, blocked user, no credits
    Validation,        // 400/422, the request was refused as invalid
    NotFound,          // 404
    Conflict,          // 409, HubSpot "Existing ID", lemlist "Lead already in the campaign"
    RateLimited,       // 429 (and HubSpot 423 "Locked" burst protection)
    Server,            // 5xx and other transient server states (HubSpot 477)
    Network,           // no connection, DNS, TLS failure, connection reset, refused insecure URL
    Timeout,           // the per-operation deadline passed
    MalformedResponse, // the body could not be understood (truncated JSON, HTML page, wrong types)
    CircuitOpen,       // not sent: the service's circuit breaker is open
    Cancelled,         // not completed: the caller went away or the client shut down
};

struct ApiError {
    ApiErrorKind kind = ApiErrorKind::None;
    Service service = Service::HubSpot;
    int httpStatus = 0;       // 0 when no HTTP response was received
    QString serverMessage;    // the remote's own message (already size-limited, may contain PII)
    QString remoteCategory;   // e.g. HubSpot "VALIDATION_ERROR", lemlist/Explorium error code
    QString correlationId;    // for support tickets
    qint64 retryAfterMs = -1; // from Retry-After / retry_after / known waits; -1 when unknown
    QString detail;           // extra developer detail, e.g. the parse error; not for users

    bool isError() const { return kind != ApiErrorKind::None; }
    bool isOk() const { return kind == ApiErrorKind::None; }

    // One translated sentence for the UI ("HubSpot rejected the token. ...").
    QString userMessage() const;
    // Short developer-facing summary for logs; callers still pass it through redact().
    QString toLogString() const;

    static ApiError make(ApiErrorKind kind, Service service, QString detail = {});
};

QString apiErrorKindName(ApiErrorKind kind);

} // namespace prospector::net

Q_DECLARE_METATYPE(prospector::net::ApiError)

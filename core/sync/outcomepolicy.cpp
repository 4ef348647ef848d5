#include "sync/outcomepolicy.h"

namespace prospector::sync {

using net::ApiErrorKind;

OutboxDecision OutboxDecision::forError(const net::ApiError &error) {
    OutboxDecision d;
    switch (error.kind) {
    case ApiErrorKind::None:
    case ApiErrorKind::RateLimited:
        d.action = Action::Retry;
        d.notBeforeMs = std::max<qint64>(0, error.retryAfterMs);
        break;
    case ApiErrorKind::CircuitOpen:
        d.action = Action::Release;
        break;
    case ApiErrorKind::Server:
    case ApiErrorKind::Network:
    case ApiErrorKind::Timeout:
    case ApiErrorKind::MalformedResponse:
    case ApiErrorKind::Cancelled:
        d.action = Action::Unknown;
        break;
    case ApiErrorKind::Conflict:
        d.action = Action::Reconcile;
        break;
    case ApiErrorKind::Validation:
        d.action = Action::Dead;
        d.failureKind = QStringLiteral("validation");
        break;
    case ApiErrorKind::NotFound:
        d.action = Action::Dead;
        d.failureKind = QStringLiteral("not_found");
        break;
    case ApiErrorKind::Auth:
        d.action = Action::Dead;
        d.failureKind = QStringLiteral("auth");
        d.pauseService = true;
        break;
    case ApiErrorKind::Permission:
        d.action = Action::Dead;
        d.failureKind = QStringLiteral("permission");
        d.pauseService = true;
        break;
    }
    return d;
}

} // namespace prospector::sync

#include "net/retrypolicy.h"

#include <QRandomGenerator>
#include <algorithm>

namespace prospector::net {

RetryPolicy::RetryPolicy()
    : RetryPolicy(Settings{}) {}

RetryPolicy::RetryPolicy(Settings settings, std::function<double()> random01)
    : m_settings(settings)
    , m_random(std::move(random01)) {
    if (!m_random)
        m_random = [] {
            return QRandomGenerator::global()->generateDouble();
        };
}

bool RetryPolicy::isTransient(const ApiError &error) {
    switch (error.kind) {
    case ApiErrorKind::Network:
    case ApiErrorKind::Timeout:
    case ApiErrorKind::RateLimited:
        return true;
    case ApiErrorKind::Server:
        return error.httpStatus == 0 || error.httpStatus >= 500 || error.httpStatus == 477;
    default:
        return false;
    }
}

bool RetryPolicy::shouldRetry(const ApiError &error, int attempt, bool idempotent) const {
    if (attempt >= m_settings.maxAttempts || !isTransient(error))
        return false;
    if (error.retryAfterMs > m_settings.maxRetryAfterMs)
        return false; // e.g. HubSpot daily cap: waiting inside one call makes no sense
    if (!idempotent) {
        // The request may have been processed; a blind resend could enrol a lead twice.
        const bool rejectedUnprocessed = error.kind == ApiErrorKind::RateLimited ||
                                         error.remoteCategory == QLatin1StringView("CONNECTION_REFUSED");
        if (!rejectedUnprocessed)
            return false;
    }
    return true;
}

qint64 RetryPolicy::backoffCeilingMs(int attempt) const {
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const qint64 grown = m_settings.baseDelayMs << exponent;
    return std::min(m_settings.maxDelayMs, grown);
}

qint64 RetryPolicy::delayMs(const ApiError &error, int attempt) const {
    if (error.retryAfterMs >= 0)
        return error.retryAfterMs;
    const double r = std::clamp(m_random(), 0.0, 1.0);
    return qint64(r * double(backoffCeilingMs(attempt)));
}

} // namespace prospector::net

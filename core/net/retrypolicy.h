#pragma once

#include "net/apierror.h"

#include <functional>

namespace prospector::net {

// Decides whether and when to try a failed call again: exponential backoff with full jitter
// (delay uniform in [0, min(maxDelay, base * 2^(attempt-1))]), honouring the server's Retry-After,
// with a capped number of attempts. Only transient failures are retried: network errors,
// timeouts, 429/423 and 5xx; never any other 4xx.
struct RetrySettings {
    int maxAttempts = 4; // including the first one
    qint64 baseDelayMs = 500;
    qint64 maxDelayMs = 30000;
    qint64 maxRetryAfterMs = 120000; // a longer server-requested wait (e.g. daily cap) ends the call
};

class RetryPolicy {
public:
    using Settings = RetrySettings;
    RetryPolicy();
    // random01 returns a uniform value in [0, 1); injectable so tests can pin the jitter.
    explicit RetryPolicy(Settings settings, std::function<double()> random01 = {});

    // attempt is the number of the attempt that just failed (1-based). idempotent = the request
    // may safely run twice; otherwise only failures where the server certainly did not process the
    // request (429/423, refused connection) are retried.
    bool shouldRetry(const ApiError &error, int attempt, bool idempotent) const;
    qint64 delayMs(const ApiError &error, int attempt) const;
    // The jitter ceiling for an attempt, exposed for tests and diagnostics.
    qint64 backoffCeilingMs(int attempt) const;

    static bool isTransient(const ApiError &error);
    const Settings &settings() const { return m_settings; }

private:
    Settings m_settings;
    std::function<double()> m_random;
};

} // namespace prospector::net

#pragma once

#include <QtGlobal>
#include <functional>

namespace prospector::sync {

// When an outbox operation may be tried again: exponential in the number of attempts made,
// capped, with jitter so that many operations failed together do not retry together. This is
// the schedule *between drains*; the HTTP layer's own short in-request retries come first.
struct RetryConfig {
    qint64 baseDelayMs = 30'000;
    qint64 maxDelayMs = 3'600'000;
    int maxAttempts = 8;
};

class RetrySchedule {
public:
    using Config = RetryConfig;

    // `jitter` returns a value in [0, 1); the default draws from QRandomGenerator.
    explicit RetrySchedule(RetryConfig config = RetryConfig{}, std::function<double()> jitter = {});

    // Delay before the attempt that follows `attemptsMade` failed ones (>= 1): between half and
    // all of min(max, base * 2^(attemptsMade-1)), never zero.
    qint64 delayAfter(int attemptsMade) const;
    bool exhausted(int attemptsMade) const { return attemptsMade >= m_config.maxAttempts; }
    int maxAttempts() const { return m_config.maxAttempts; }

private:
    Config m_config;
    std::function<double()> m_jitter;
};

} // namespace prospector::sync

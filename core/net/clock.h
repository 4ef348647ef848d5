#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <functional>

namespace prospector::net {

// Time source and timer for the net layer. Injected so that limiter, retry, breaker and timeout
// tests run on a virtual clock instead of sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    // Monotonic milliseconds; only differences are meaningful.
    virtual qint64 nowMs() const = 0;
    // Wall-clock time, for absolute reset headers (X-RateLimit-Reset) and daily caps.
    virtual QDateTime wallNow() const = 0;
    // Runs fn on the context's thread after delayMs, unless context is destroyed first.
    virtual void callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) = 0;
};

class SystemClock final : public Clock {
public:
    SystemClock();
    qint64 nowMs() const override;
    QDateTime wallNow() const override;
    void callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) override;

    // Shared instance for the composition root; tests use their own clocks.
    static SystemClock *instance();

private:
    QElapsedTimer m_elapsed;
};

} // namespace prospector::net

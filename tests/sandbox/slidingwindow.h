// The real services' rate limits, with a time-scale factor so tests can shrink a 10 s or 60 s
// window to a few milliseconds and still exercise the real arithmetic.
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <deque>

namespace prospector::sandbox {

// Monotonic time plus the scale every simulated duration is multiplied by (1.0 = real time).
class SandboxClock {
public:
    SandboxClock() { m_timer.start(); }

    qint64 nowMs() const { return m_timer.elapsed(); }
    double timeScale() const { return m_timeScale; }
    void setTimeScale(double scale) { m_timeScale = scale > 0 ? scale : 1.0; }
    // A nominal duration of the real service, shrunk by the time scale (at least 1 ms).
    qint64 scaled(qint64 nominalMs) const;

private:
    QElapsedTimer m_timer;
    double m_timeScale = 1.0;
};

// A sliding window: at most `limit` admitted requests within any `window` (scaled) milliseconds.
class SlidingWindow {
public:
    SlidingWindow(const SandboxClock &clock, int limit, qint64 nominalWindowMs);

    // Admits the request (recording it) or refuses it; refused requests do not count.
    bool tryAcquire();
    int limit() const { return m_limit; }
    void setLimit(int limit) { m_limit = limit; }
    qint64 windowMs() const { return m_clock.scaled(m_nominalWindowMs); }
    int remaining();
    // Milliseconds until the oldest admitted request leaves the window (0 when there is room).
    qint64 msUntilSlot();
    // Milliseconds until the window is completely empty again.
    qint64 msUntilReset();
    void reset() { m_admitted.clear(); }

private:
    void expire();

    const SandboxClock &m_clock;
    int m_limit;
    qint64 m_nominalWindowMs;
    std::deque<qint64> m_admitted;
};

} // namespace prospector::sandbox

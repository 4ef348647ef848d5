#pragma once

#include "sync/clock.h"

#include <QAtomicInteger>

namespace prospector::sync {

// A clock that only moves when told to: for tests, the sandbox and benchmarks that scale time.
class VirtualClock final : public Clock {
public:
    explicit VirtualClock(qint64 startMs = 1'700'000'000'000)
        : m_now(startMs) {}

    qint64 nowMs() const override { return m_now.loadRelaxed(); }
    void advance(qint64 ms) { m_now.fetchAndAddRelaxed(ms); }
    void set(qint64 ms) { m_now.storeRelaxed(ms); }

private:
    QAtomicInteger<qint64> m_now;
};

} // namespace prospector::sync

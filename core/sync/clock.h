#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace prospector::sync {

// Time source of the sync area, injected so schedules, cache expiry and budgets are testable
// with a virtual clock instead of sleeps.
class Clock {
public:
    virtual ~Clock() = default;
    // Unix epoch milliseconds (UTC).
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock {
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

} // namespace prospector::sync

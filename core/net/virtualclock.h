#pragma once

#include "net/clock.h"

#include <QList>
#include <QPointer>
#include <QTimeZone>

namespace prospector::net {

// A clock that only moves when told to. advance() runs every due callback in time order, so a
// test can step through minutes of limiter, retry and breaker behaviour in microseconds.
// Also usable by other areas' tests (sync engine, autopilot).
class VirtualClock final : public Clock {
public:
    explicit VirtualClock(QDateTime wallStart = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));

    qint64 nowMs() const override { return m_now; }
    QDateTime wallNow() const override { return m_wallStart.addMSecs(m_now); }
    void callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) override;

    // Moves time forward by ms, firing callbacks scheduled up to the new time (including ones
    // that callbacks schedule along the way).
    void advance(qint64 ms);
    // Fires everything due now without moving time.
    void runDue() { advance(0); }
    int pendingTimers() const;
    // Time of the next pending timer, or -1.
    qint64 nextDueMs() const;

private:
    struct Timer {
        qint64 due;
        quint64 seq;
        QPointer<QObject> context;
        bool hasContext;
        std::function<void()> fn;
    };
    qint64 m_now = 0;
    quint64 m_seq = 0;
    QDateTime m_wallStart;
    QList<Timer> m_timers;
};

} // namespace prospector::net

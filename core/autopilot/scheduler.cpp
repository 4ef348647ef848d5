#include "autopilot/scheduler.h"

#include "sync/clock.h"

namespace prospector::autopilot {

namespace {
// Beyond this many missed slots the exact number no longer matters to anybody.
constexpr int kMaxCountedSlots = 1000;
} // namespace

Scheduler::Scheduler(const sync::Clock &clock, QTimeZone zone)
    : m_clock(clock)
    , m_zone(std::move(zone)) {}

qint64 Scheduler::nextDailySlotAfter(const Schedule &schedule, qint64 afterMs) const {
    if (schedule.weekdays.isEmpty() || !schedule.dailyTime.isValid())
        return -1;
    const QDate start = QDateTime::fromMSecsSinceEpoch(afterMs, m_zone).date();
    // Eight days always contain the next occurrence of any weekday, including today's slot
    // that may already have passed.
    for (int offset = 0; offset <= 8; ++offset) {
        const QDate day = start.addDays(offset);
        if (!schedule.weekdays.contains(day.dayOfWeek()))
            continue;
        const qint64 slot = QDateTime(day, schedule.dailyTime, m_zone).toMSecsSinceEpoch();
        if (slot > afterMs)
            return slot;
    }
    return -1;
}

int Scheduler::countDailySlots(const Schedule &schedule, qint64 afterMs, qint64 untilMs) const {
    int count = 0;
    qint64 slot = nextDailySlotAfter(schedule, afterMs);
    while (slot >= 0 && slot <= untilMs && count < kMaxCountedSlots) {
        ++count;
        slot = nextDailySlotAfter(schedule, slot);
    }
    return count;
}

Scheduler::Decision Scheduler::decide(const Schedule &schedule, qint64 lastRunMs) const {
    const qint64 now = m_clock.nowMs();
    Decision d;
    if (schedule.kind == Schedule::Kind::Interval) {
        const qint64 interval = qint64(qMax(1, schedule.intervalMinutes)) * 60 * 1000;
        if (lastRunMs <= 0) {
            d.runNow = true;
            d.missedSlots = 1;
            d.nextRunMs = now + interval;
            return d;
        }
        const qint64 due = lastRunMs + interval;
        d.runNow = due <= now;
        d.missedSlots = d.runNow ? int(qMin<qint64>((now - lastRunMs) / interval, kMaxCountedSlots)) : 0;
        d.nextRunMs = d.runNow ? now + interval : due;
        return d;
    }
    if (lastRunMs <= 0) {
        d.nextRunMs = nextDailySlotAfter(schedule, now);
        return d;
    }
    d.missedSlots = countDailySlots(schedule, lastRunMs, now);
    d.runNow = d.missedSlots > 0;
    d.nextRunMs = nextDailySlotAfter(schedule, now);
    return d;
}

} // namespace prospector::autopilot

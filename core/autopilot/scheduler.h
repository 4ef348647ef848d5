#pragma once

#include "autopilot/autopilotsettings.h"

#include <QTimeZone>

namespace prospector::sync {
class Clock;
}

namespace prospector::autopilot {

// Pure schedule arithmetic on an injected clock, so catch-up is testable without waiting.
// Missed slots (app closed, machine asleep) collapse into ONE run: after it, the next slot is
// computed from the time it ran, never from the slots it missed.
class Scheduler {
public:
    Scheduler(const sync::Clock &clock, QTimeZone zone);

    struct Decision {
        bool runNow = false;
        // Scheduled slots that passed since the last run (> 1 means a catch-up of several missed runs).
        int missedSlots = 0;
        // When the next run is due if this one does not happen (or after it, when runNow): epoch ms,
        // -1 when the schedule can never fire (a daily schedule without weekdays).
        qint64 nextRunMs = -1;
    };

    // lastRunMs: when the previous run started (0 = never ran). An interval schedule that never
    // ran is due at once; a daily one waits for its first slot.
    Decision decide(const Schedule &schedule, qint64 lastRunMs) const;

    // First daily slot strictly after `afterMs`, or -1 when there is none.
    qint64 nextDailySlotAfter(const Schedule &schedule, qint64 afterMs) const;

private:
    int countDailySlots(const Schedule &schedule, qint64 afterMs, qint64 untilMs) const;

    const sync::Clock &m_clock;
    QTimeZone m_zone;
};

} // namespace prospector::autopilot

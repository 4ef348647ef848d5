#include "net/virtualclock.h"

#include <QTimeZone>
#include <algorithm>

namespace prospector::net {

VirtualClock::VirtualClock(QDateTime wallStart)
    : m_wallStart(std::move(wallStart)) {}

void VirtualClock::callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) {
    m_timers.append(
        Timer{m_now + std::max<qint64>(0, delayMs), m_seq++, context, context != nullptr, std::move(fn)});
}

void VirtualClock::advance(qint64 ms) {
    const qint64 target = m_now + std::max<qint64>(0, ms);
    for (;;) {
        auto next = std::min_element(m_timers.begin(), m_timers.end(), [](const Timer &a, const Timer &b) {
            return a.due != b.due ? a.due < b.due : a.seq < b.seq;
        });
        if (next == m_timers.end() || next->due > target)
            break;
        Timer timer = std::move(*next);
        m_timers.erase(next);
        m_now = std::max(m_now, timer.due);
        if (timer.hasContext && timer.context.isNull())
            continue;
        timer.fn();
    }
    m_now = target;
}

int VirtualClock::pendingTimers() const {
    return int(std::count_if(m_timers.begin(), m_timers.end(),
                             [](const Timer &t) { return !t.hasContext || !t.context.isNull(); }));
}

qint64 VirtualClock::nextDueMs() const {
    qint64 best = -1;
    for (const Timer &t : m_timers) {
        if (t.hasContext && t.context.isNull())
            continue;
        if (best < 0 || t.due < best)
            best = t.due;
    }
    return best;
}

} // namespace prospector::net

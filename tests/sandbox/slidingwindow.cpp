#include "slidingwindow.h"

#include <algorithm>
#include <cmath>

namespace prospector::sandbox {

qint64 SandboxClock::scaled(qint64 nominalMs) const {
    return std::max<qint64>(1, std::llround(static_cast<double>(nominalMs) * m_timeScale));
}

SlidingWindow::SlidingWindow(const SandboxClock &clock, int limit, qint64 nominalWindowMs)
    : m_clock(clock)
    , m_limit(limit)
    , m_nominalWindowMs(nominalWindowMs) {}

void SlidingWindow::expire() {
    const qint64 cutoff = m_clock.nowMs() - windowMs();
    while (!m_admitted.empty() && m_admitted.front() <= cutoff)
        m_admitted.pop_front();
}

bool SlidingWindow::tryAcquire() {
    expire();
    if (static_cast<int>(m_admitted.size()) >= m_limit)
        return false;
    m_admitted.push_back(m_clock.nowMs());
    return true;
}

int SlidingWindow::remaining() {
    expire();
    return std::max(0, m_limit - static_cast<int>(m_admitted.size()));
}

qint64 SlidingWindow::msUntilSlot() {
    expire();
    if (static_cast<int>(m_admitted.size()) < m_limit || m_admitted.empty())
        return 0;
    const auto index = m_admitted.size() - static_cast<std::size_t>(m_limit);
    return std::max<qint64>(1, m_admitted[index] + windowMs() - m_clock.nowMs());
}

qint64 SlidingWindow::msUntilReset() {
    expire();
    if (m_admitted.empty())
        return 0;
    return std::max<qint64>(1, m_admitted.back() + windowMs() - m_clock.nowMs());
}

} // namespace prospector::sandbox

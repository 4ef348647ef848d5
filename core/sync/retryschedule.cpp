#include "sync/retryschedule.h"

#include <QRandomGenerator>
#include <algorithm>

namespace prospector::sync {

RetrySchedule::RetrySchedule(Config config, std::function<double()> jitter)
    : m_config(config)
    , m_jitter(std::move(jitter)) {
    if (!m_jitter)
        m_jitter = [] {
            return QRandomGenerator::global()->generateDouble();
        };
}

qint64 RetrySchedule::delayAfter(int attemptsMade) const {
    const int exponent = std::clamp(attemptsMade - 1, 0, 30);
    const double full =
        std::min(static_cast<double>(m_config.maxDelayMs),
                 static_cast<double>(m_config.baseDelayMs) * static_cast<double>(1LL << exponent));
    const double jitter = std::clamp(m_jitter(), 0.0, 1.0);
    // "Equal jitter": half fixed, half random, so a retry never fires immediately.
    return std::max<qint64>(1, static_cast<qint64>(full / 2.0 + jitter * full / 2.0));
}

} // namespace prospector::sync

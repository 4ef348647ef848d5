#include "net/clock.h"

#include <QTimer>
#include <algorithm>
#include <limits>

namespace prospector::net {

SystemClock::SystemClock() {
    m_elapsed.start();
}

qint64 SystemClock::nowMs() const {
    return m_elapsed.elapsed();
}

QDateTime SystemClock::wallNow() const {
    return QDateTime::currentDateTimeUtc();
}

void SystemClock::callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) {
    const qint64 clamped = std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max());
    QTimer::singleShot(std::chrono::milliseconds(clamped), context, std::move(fn));
}

SystemClock *SystemClock::instance() {
    static SystemClock clock;
    return &clock;
}

} // namespace prospector::net

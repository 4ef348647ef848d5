#include "net/circuitbreaker.h"

#include "net/netlogging.h"

#include <algorithm>

namespace prospector::net {

CircuitBreaker::CircuitBreaker(QString name, Settings settings, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_settings(settings)
    , m_clock(clock) {}

CircuitBreaker::State CircuitBreaker::state() const {
    return m_state;
}

qint64 CircuitBreaker::msUntilHalfOpen() const {
    if (m_state != State::Open)
        return 0;
    return std::max<qint64>(0, m_openedAt + m_settings.openDurationMs - m_clock->nowMs());
}

bool CircuitBreaker::tryAcquire() {
    switch (m_state) {
    case State::Closed:
        return true;
    case State::Open:
        if (msUntilHalfOpen() > 0)
            return false;
        setState(State::HalfOpen);
        m_probeInFlight = true;
        return true;
    case State::HalfOpen:
        if (m_probeInFlight)
            return false;
        m_probeInFlight = true;
        return true;
    }
    return false;
}

void CircuitBreaker::recordSuccess() {
    m_failures = 0;
    m_probeInFlight = false;
    setState(State::Closed);
}

void CircuitBreaker::recordFailure() {
    ++m_failures;
    if (m_state == State::HalfOpen ||
        (m_state == State::Closed && m_failures >= m_settings.failureThreshold)) {
        m_probeInFlight = false;
        m_openedAt = m_clock->nowMs();
        setState(State::Open);
    }
}

void CircuitBreaker::releaseProbe() {
    m_probeInFlight = false;
}

void CircuitBreaker::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcNetBreaker) << m_name << "circuit" << state;
    Q_EMIT stateChanged(state);
}

} // namespace prospector::net

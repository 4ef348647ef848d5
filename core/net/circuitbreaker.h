#pragma once

#include "net/clock.h"

#include <QObject>

namespace prospector::net {

// Per-service circuit breaker. Closed: calls pass; after failureThreshold consecutive transient
// failures it opens. Open: calls fail fast until openDurationMs has passed. Half-open: exactly one
// probe call passes; its success closes the breaker, its failure re-opens it. The state is a
// property with a change signal so a health panel can show it.
class CircuitBreaker final : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
public:
    enum class State { Closed, Open, HalfOpen };
    Q_ENUM(State)

    struct Settings {
        int failureThreshold = 5;
        qint64 openDurationMs = 30000;
    };

    CircuitBreaker(QString name, Settings settings, Clock *clock, QObject *parent = nullptr);

    // Asks to send one call. False = fail fast. In half-open, true means "you are the probe":
    // the caller must report the outcome with recordSuccess/recordFailure/releaseProbe.
    bool tryAcquire();
    void recordSuccess();
    void recordFailure();
    // The probe ended without telling anything about the service (e.g. a 4xx, or cancelled).
    void releaseProbe();

    State state() const;
    qint64 msUntilHalfOpen() const;
    int consecutiveFailures() const { return m_failures; }
    QString name() const { return m_name; }

Q_SIGNALS:
    void stateChanged(prospector::net::CircuitBreaker::State state);

private:
    void setState(State state);

    QString m_name;
    Settings m_settings;
    Clock *m_clock;
    State m_state = State::Closed;
    int m_failures = 0;
    qint64 m_openedAt = 0;
    bool m_probeInFlight = false;
};

} // namespace prospector::net

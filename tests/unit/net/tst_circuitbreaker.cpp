#include "net/circuitbreaker.h"
#include "net/virtualclock.h"

#include <QSignalSpy>
#include <QtTest>

using namespace prospector::net;
using State = CircuitBreaker::State;

class TestCircuitBreaker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void opensAfterThresholdConsecutiveFailures() {
        VirtualClock clock;
        CircuitBreaker breaker(QStringLiteral("hubspot"), {3, 30000}, &clock);
        QSignalSpy spy(&breaker, &CircuitBreaker::stateChanged);
        QVERIFY(breaker.tryAcquire());
        breaker.recordFailure();
        breaker.recordFailure();
        breaker.recordSuccess(); // success resets the streak
        breaker.recordFailure();
        breaker.recordFailure();
        QCOMPARE(breaker.state(), State::Closed);
        breaker.recordFailure();
        QCOMPARE(breaker.state(), State::Open);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<State>(), State::Open);
        QVERIFY(!breaker.tryAcquire());
        QCOMPARE(breaker.msUntilHalfOpen(), qint64(30000));
    }

    void halfOpenAllowsExactlyOneProbe() {
        VirtualClock clock;
        CircuitBreaker breaker(QStringLiteral("x"), {1, 1000}, &clock);
        breaker.recordFailure();
        QCOMPARE(breaker.state(), State::Open);
        clock.advance(999);
        QVERIFY(!breaker.tryAcquire());
        clock.advance(1);
        QVERIFY(breaker.tryAcquire());
        QCOMPARE(breaker.state(), State::HalfOpen);
        QVERIFY(!breaker.tryAcquire()); // second caller waits for the probe
        QVERIFY(!breaker.tryAcquire());
    }

    void probeSuccessCloses() {
        VirtualClock clock;
        CircuitBreaker breaker(QStringLiteral("x"), {1, 1000}, &clock);
        QSignalSpy spy(&breaker, &CircuitBreaker::stateChanged);
        breaker.recordFailure();
        clock.advance(1000);
        QVERIFY(breaker.tryAcquire());
        breaker.recordSuccess();
        QCOMPARE(breaker.state(), State::Closed);
        QVERIFY(breaker.tryAcquire());
        QVERIFY(breaker.tryAcquire());
        QCOMPARE(spy.count(), 3); // Open, HalfOpen, Closed
        QCOMPARE(spy.at(1).at(0).value<State>(), State::HalfOpen);
        QCOMPARE(spy.at(2).at(0).value<State>(), State::Closed);
    }

    void probeFailureReopensForAnotherPeriod() {
        VirtualClock clock;
        CircuitBreaker breaker(QStringLiteral("x"), {2, 1000}, &clock);
        breaker.recordFailure();
        breaker.recordFailure();
        clock.advance(1500);
        QVERIFY(breaker.tryAcquire());
        breaker.recordFailure(); // a single failure in half-open is enough
        QCOMPARE(breaker.state(), State::Open);
        QCOMPARE(breaker.msUntilHalfOpen(), qint64(1000));
        QVERIFY(!breaker.tryAcquire());
    }

    void releasedProbeLetsTheNextOneThrough() {
        VirtualClock clock;
        CircuitBreaker breaker(QStringLiteral("x"), {1, 1000}, &clock);
        breaker.recordFailure();
        clock.advance(1000);
        QVERIFY(breaker.tryAcquire());
        breaker.releaseProbe();
        QCOMPARE(breaker.state(), State::HalfOpen);
        QVERIFY(breaker.tryAcquire());
    }

    void stateIsAnObservableProperty() {
        VirtualClock clock;
        CircuitBreaker breaker(QStringLiteral("x"), {1, 1000}, &clock);
        breaker.recordFailure();
        QCOMPARE(breaker.property("state").value<State>(), State::Open);
    }
};

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"

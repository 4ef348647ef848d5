#include "autopilot/scheduler.h"
#include "sync/virtualclock.h"

#include <QtTest>

using namespace prospector;
using namespace prospector::autopilot;

namespace {
qint64 utc(int y, int mo, int d, int h, int mi) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc()).toMSecsSinceEpoch();
}
constexpr qint64 kMinute = 60 * 1000;
} // namespace

class TestScheduler : public QObject {
    Q_OBJECT

    static Schedule daily() {
        Schedule s;
        s.kind = Schedule::Kind::Daily;
        s.dailyTime = QTime(9, 0);
        s.weekdays = {1, 2, 3, 4, 5};
        return s;
    }

private Q_SLOTS:
    void dailyNeverRunWaitsForFirstSlot() {
        // 2026-11-23 is a Monday.
        sync::VirtualClock clock(utc(2026, 11, 23, 8, 0));
        Scheduler scheduler(clock, QTimeZone::utc());
        const auto d = scheduler.decide(daily(), 0);
        QVERIFY(!d.runNow);
        QCOMPARE(d.nextRunMs, utc(2026, 11, 23, 9, 0));
    }

    void dailySkipsWeekend() {
        sync::VirtualClock clock(utc(2026, 11, 27, 10, 0)); // Friday after the slot
        Scheduler scheduler(clock, QTimeZone::utc());
        QCOMPARE(scheduler.nextDailySlotAfter(daily(), clock.nowMs()), utc(2026, 11, 30, 9, 0)); // Monday
    }

    void dailyDueAtSlot() {
        sync::VirtualClock clock(utc(2026, 11, 23, 8, 59));
        Scheduler scheduler(clock, QTimeZone::utc());
        const qint64 lastRun = utc(2026, 11, 20, 9, 0); // previous Friday
        QVERIFY(!scheduler.decide(daily(), lastRun).runNow);
        clock.advance(kMinute);
        const auto d = scheduler.decide(daily(), lastRun);
        QVERIFY(d.runNow);
        QCOMPARE(d.missedSlots, 1);
        QCOMPARE(d.nextRunMs, utc(2026, 11, 24, 9, 0));
    }

    void missedDailySlotsAreCaughtUpOnceNotInABurst() {
        // Last ran Monday 9:00, the machine slept until Thursday 14:00: Tue, Wed, Thu were missed.
        sync::VirtualClock clock(utc(2026, 11, 26, 14, 0));
        Scheduler scheduler(clock, QTimeZone::utc());
        const auto first = scheduler.decide(daily(), utc(2026, 11, 23, 9, 0));
        QVERIFY(first.runNow);
        QCOMPARE(first.missedSlots, 3);
        QCOMPARE(first.nextRunMs, utc(2026, 11, 27, 9, 0));
        // The catch-up ran now: nothing else is due until the next real slot.
        const auto after = scheduler.decide(daily(), clock.nowMs());
        QVERIFY(!after.runNow);
        QCOMPARE(after.missedSlots, 0);
        QCOMPARE(after.nextRunMs, utc(2026, 11, 27, 9, 0));
    }

    void intervalNeverRunIsDueAtOnce() {
        sync::VirtualClock clock(utc(2026, 11, 23, 8, 0));
        Scheduler scheduler(clock, QTimeZone::utc());
        Schedule s;
        s.kind = Schedule::Kind::Interval;
        s.intervalMinutes = 30;
        const auto d = scheduler.decide(s, 0);
        QVERIFY(d.runNow);
        QCOMPARE(d.nextRunMs, clock.nowMs() + 30 * kMinute);
    }

    void intervalCatchUpOnce() {
        sync::VirtualClock clock(utc(2026, 11, 23, 8, 0));
        Scheduler scheduler(clock, QTimeZone::utc());
        Schedule s;
        s.kind = Schedule::Kind::Interval;
        s.intervalMinutes = 30;
        const qint64 lastRun = clock.nowMs();
        clock.advance(29 * kMinute);
        auto d = scheduler.decide(s, lastRun);
        QVERIFY(!d.runNow);
        QCOMPARE(d.nextRunMs, lastRun + 30 * kMinute);
        clock.advance(5 * 60 * kMinute); // asleep for five hours
        d = scheduler.decide(s, lastRun);
        QVERIFY(d.runNow);
        QCOMPARE(d.missedSlots, 10);
        QCOMPARE(d.nextRunMs, clock.nowMs() + 30 * kMinute);
        QVERIFY(!scheduler.decide(s, clock.nowMs()).runNow);
    }

    void noWeekdaysNeverFires() {
        sync::VirtualClock clock(utc(2026, 11, 23, 8, 0));
        Scheduler scheduler(clock, QTimeZone::utc());
        Schedule s = daily();
        s.weekdays.clear();
        const auto d = scheduler.decide(s, utc(2026, 11, 1, 9, 0));
        QVERIFY(!d.runNow);
        QCOMPARE(d.nextRunMs, qint64(-1));
    }

    void dailyTimeIsInTheGivenZone() {
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        sync::VirtualClock clock(utc(2026, 11, 23, 7, 0));
        Scheduler scheduler(clock, berlin);
        // 09:00 in Berlin is 08:00 UTC in winter.
        QCOMPARE(scheduler.decide(daily(), 0).nextRunMs, utc(2026, 11, 23, 8, 0));
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"

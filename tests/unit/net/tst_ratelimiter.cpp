#include "net/ratelimiter.h"
#include "net/virtualclock.h"

#include <QtTest>
#include <algorithm>

using namespace prospector::net;

class TestRateLimiter : public QObject {
    Q_OBJECT

    // Largest number of grants inside any window (t - window, t].
    static int maxInAnyWindow(const QList<qint64> &times, qint64 window) {
        int worst = 0;
        for (qint64 t : times) {
            const int n = int(std::count_if(times.begin(), times.end(),
                                            [&](qint64 x) { return x > t - window && x <= t; }));
            worst = std::max(worst, n);
        }
        return worst;
    }

    static QList<qint64> burst(VirtualClock &clock, RateLimiter &limiter, QObject *ctx, int n, qint64 stepMs,
                               qint64 runMs) {
        QList<qint64> grants;
        for (int i = 0; i < n; ++i)
            limiter.acquire(ctx, [&] { grants.append(clock.nowMs()); });
        for (qint64 t = 0; t < runMs; t += stepMs)
            clock.advance(stepMs);
        return grants;
    }

private Q_SLOTS:
    void burstNeverExceedsWindow_data() {
        QTest::addColumn<int>("max");
        QTest::addColumn<qint64>("window");
        QTest::addColumn<int>("requests");
        QTest::newRow("hubspot 100/10s") << 100 << qint64(10000) << 350;
        QTest::newRow("hubspot search 5/s") << 5 << qint64(1000) << 23;
        QTest::newRow("lemlist 20/2s") << 20 << qint64(2000) << 95;
        QTest::newRow("explorium 200/min") << 200 << qint64(60000) << 450;
    }
    void burstNeverExceedsWindow() {
        QFETCH(int, max);
        QFETCH(qint64, window);
        QFETCH(int, requests);
        VirtualClock clock;
        RateLimiter limiter(QStringLiteral("t"), RateLimit{max, window, 0}, &clock);
        QObject ctx;
        const QList<qint64> grants = burst(clock, limiter, &ctx, requests, 7, window * (requests / max + 2));
        QCOMPARE(grants.size(), requests); // queued, never dropped
        QCOMPARE(maxInAnyWindow(grants, window), max);
        // The first window's worth goes out at once, then the limiter waits for slots.
        QCOMPARE(std::count(grants.begin(), grants.end(), 0), max);
        QVERIFY(grants.at(max) >= window);
        QCOMPARE(limiter.queued(), 0);
    }

    void interleavedArrivalsStayWithinWindow() {
        VirtualClock clock;
        RateLimiter limiter(QStringLiteral("t"), RateLimit{20, 2000, 0}, &clock);
        QObject ctx;
        QList<qint64> grants;
        for (int i = 0; i < 300; ++i) {
            limiter.acquire(&ctx, [&] { grants.append(clock.nowMs()); });
            clock.advance(i % 7 == 0 ? 3 : 37);
        }
        clock.advance(60000);
        QCOMPARE(grants.size(), 300);
        QVERIFY(maxInAnyWindow(grants, 2000) <= 20);
    }

    void ticketSlotCountsUntilReleasePlusWindow() {
        // A slow request occupies its slot until the response, then one more window: the server
        // counted it on arrival, which may be long after our grant.
        VirtualClock clock;
        RateLimiter limiter(QStringLiteral("t"), RateLimit{2, 1000, 0}, &clock);
        QObject ctx;
        QList<RateLimiter::Ticket> tickets;
        QList<qint64> grants;
        for (int i = 0; i < 3; ++i)
            limiter.acquireTicket(&ctx, [&](RateLimiter::Ticket t) {
                tickets.append(t);
                grants.append(clock.nowMs());
            });
        QCOMPARE(tickets.size(), 2);
        QCOMPARE(limiter.inFlight(), 2);
        clock.advance(5000); // still in flight: nothing frees up, however long
        QCOMPARE(tickets.size(), 2);
        limiter.release(tickets.at(0));
        QCOMPARE(tickets.size(), 2); // released at 5000: its slot stays taken until 6000
        clock.advance(999);
        QCOMPARE(tickets.size(), 2);
        clock.advance(1);
        QCOMPARE(tickets.size(), 3);
        QCOMPARE(grants.last(), qint64(6000));
        limiter.release(tickets.at(0)); // double release is ignored
        QCOMPARE(limiter.inFlight(), 2);
    }

    void droppedWhenContextDestroyed() {
        VirtualClock clock;
        RateLimiter limiter(QStringLiteral("t"), RateLimit{1, 1000, 0}, &clock);
        int granted = 0;
        {
            QObject ctx;
            limiter.acquire(&ctx, [&] { ++granted; });
            limiter.acquire(&ctx, [&] { ++granted; });
            QCOMPARE(limiter.queued(), 1);
        }
        clock.advance(5000);
        QCOMPARE(granted, 1);
        QCOMPARE(limiter.queued(), 0);
    }

    void hubSpotHeadersLowerLimitAndPauseWhenExhausted() {
        VirtualClock clock;
        RateLimiter limiter(QStringLiteral("hubspot"), RateLimit::hubSpotDefault(), &clock);
        limiter.observe(200, {{"x-hubspot-ratelimit-max", "10"},
                              {"x-hubspot-ratelimit-interval-milliseconds", "10000"},
                              {"x-hubspot-ratelimit-remaining", "10"}});
        QCOMPARE(limiter.effectiveMaxRequests(), 10);
        QObject ctx;
        int granted = 0;
        for (int i = 0; i < 15; ++i)
            limiter.acquire(&ctx, [&] { ++granted; });
        QCOMPARE(granted, 10);

        // The server says the window is exhausted: nothing goes until the oldest request leaves it.
        limiter.observe(200, {{"x-hubspot-ratelimit-max", "10"},
                              {"x-hubspot-ratelimit-interval-milliseconds", "10000"},
                              {"x-hubspot-ratelimit-remaining", "0"}});
        clock.advance(9999);
        QCOMPARE(granted, 10);
        clock.advance(1);
        QCOMPARE(granted, 15);
    }

    void exhaustedRollingWindowResumesAsTheOldestRequestLeavesIt() {
        // Ten requests answered over 4.5 s fill HubSpot's rolling 10 s window; the last answer says
        // none remain. The window frees its first slot at 10 s (the first answer plus one window), not
        // a whole window after that last answer (14.5 s).
        VirtualClock clock;
        RateLimiter limiter(QStringLiteral("hubspot"), RateLimit{10, 10000, 0}, &clock);
        QObject ctx;
        QList<qint64> grants;
        for (int i = 0; i < 20; ++i)
            limiter.acquireTicket(&ctx, [&](RateLimiter::Ticket t) {
                grants.append(clock.nowMs());
                // The first ten answers come back 500 ms apart, in order, the window exhausted; later
                // ones say nothing about it.
                const bool first = grants.size() <= 10;
                clock.callAfter(first ? 500 * qint64(grants.size()) : 500, &ctx, [&limiter, t, first] {
                    if (first)
                        limiter.observe(200, {{"x-hubspot-ratelimit-max", "10"},
                                              {"x-hubspot-ratelimit-interval-milliseconds", "10000"},
                                              {"x-hubspot-ratelimit-remaining", "0"}});
                    limiter.release(t);
                });
            });
        QCOMPARE(grants.size(), 10);
        for (int t = 0; t < 30000; t += 10)
            clock.advance(10);
        QCOMPARE(grants.size(), 20);
        QCOMPARE(grants.at(10), qint64(500 + 10000));  // the first answer's slot, one window later
        QCOMPARE(grants.at(19), qint64(5000 + 10000)); // the last answer's slot
    }

    void hubSpotIntervalHeaderSetsTheWindow() {
        VirtualClock clock;
        RateLimiter limiter(QStringLiteral("hubspot"), RateLimit{4, 10000, 0}, &clock);
        QCOMPARE(limiter.windowMs(), qint64(10000));
        // A portal (or the sandbox at a time scale) that counts over 2 s: slots come back after 2 s.
        limiter.observe(200, {{"x-hubspot-ratelimit-max", "4"},
                              {"x-hubspot-ratelimit-interval-milliseconds", "2000"},
                              {"x-hubspot-ratelimit-remaining", "4"}});
        QCOMPARE(limiter.windowMs(), qint64(2000));
        QObject ctx;
        QList<qint64> grants;
        for (int i = 0; i < 12; ++i)
            limiter.acquire(&ctx, [&] { grants.append(clock.nowMs()); });
        for (int t = 0; t < 7000; t += 10)
            clock.advance(10);
        QCOMPARE(grants.size(), 12);
        QCOMPARE(maxInAnyWindow(grants, 2000), 4);
        QCOMPARE(grants.at(4), qint64(2000));
        QCOMPARE(grants.at(8), qint64(4000));
    }

    void serverQuotaFollowsTheLatestHeaders() {
        VirtualClock clock;
        RateLimiter hubspot(QStringLiteral("hubspot"), RateLimit::hubSpotDefault(), &clock);
        QCOMPARE(hubspot.serverQuota().windowLimit, -1);
        QCOMPARE(hubspot.serverQuota().dailyRemaining, -1);
        hubspot.observe(200, {{"x-hubspot-ratelimit-max", "100"},
                              {"x-hubspot-ratelimit-remaining", "97"},
                              {"x-hubspot-ratelimit-daily", "250000"},
                              {"x-hubspot-ratelimit-daily-remaining", "249000"}});
        QCOMPARE(hubspot.serverQuota().windowLimit, 100);
        QCOMPARE(hubspot.serverQuota().windowRemaining, 97);
        QCOMPARE(hubspot.serverQuota().dailyLimit, 250000);
        QCOMPARE(hubspot.serverQuota().dailyRemaining, 249000);

        RateLimiter lemlist(QStringLiteral("lemlist"), RateLimit::lemlistDefault(), &clock);
        lemlist.observe(200, {{"x-ratelimit-limit", "20"}, {"x-ratelimit-remaining", "18"}});
        QCOMPARE(lemlist.serverQuota().windowLimit, 20);
        QCOMPARE(lemlist.serverQuota().windowRemaining, 18);
        QCOMPARE(lemlist.serverQuota().dailyLimit, -1);
    }

    void serverRemainingBelowLocalCountsForeignUsage() {
        VirtualClock clock;
        RateLimiter limiter(QStringLiteral("lemlist"), RateLimit::lemlistDefault(), &clock);
        // Fresh limiter, but the server has only 3 requests left in its window.
        limiter.observe(200, {{"x-ratelimit-limit", "20"}, {"x-ratelimit-remaining", "3"}});
        QObject ctx;
        int granted = 0;
        for (int i = 0; i < 10; ++i)
            limiter.acquire(&ctx, [&] { ++granted; });
        QCOMPARE(granted, 3);
        clock.advance(2000);
        QCOMPARE(granted, 10);
    }

    // An answer reports the server's window when the server built it, which a slow answer makes
    // stale: requests of ours that left our window meanwhile are still in its count. They are not
    // other clients' requests, and must not hold slots for a whole window more (the last request
    // of a 20,000-contact sync waited 8 s for such a slot in bench/sync).
    void aStaleAnswerDoesNotTakeOurOwnExpiredRequestsForForeignOnes() {
        VirtualClock clock;
        RateLimiter limiter(QStringLiteral("hubspot"), RateLimit{10, 1000, 0}, &clock);
        QObject ctx;
        int granted = 0;
        for (int i = 0; i < 5; ++i)
            limiter.acquire(&ctx, [&] { ++granted; }); // stamps at t = 0
        clock.advance(500);
        RateLimiter::Ticket ticket = 0;
        limiter.acquireTicket(&ctx, [&](RateLimiter::Ticket t) { ticket = t; });
        QVERIFY(ticket != 0);
        const qint64 sentAt = clock.nowMs();
        // The answer arrives at t = 1100, after our first five left our window; the server counted
        // them with this request when it answered (6 used, 4 remaining).
        clock.advance(600);
        limiter.observe(200,
                        {{"x-hubspot-ratelimit-max", "10"},
                         {"x-hubspot-ratelimit-interval-milliseconds", "1000"},
                         {"x-hubspot-ratelimit-remaining", "4"}},
                        sentAt);
        limiter.release(ticket);
        granted = 0;
        for (int i = 0; i < 9; ++i)
            limiter.acquire(&ctx, [&] { ++granted; });
        QCOMPARE(granted, 9); // only the answered request still holds a slot
        QCOMPARE(limiter.grantedInWindow(), 10);
        limiter.acquire(&ctx, [&] { ++granted; });
        QCOMPARE(granted, 9); // and the window is full, not overrun
    }

    // The same answer without the send time (or another client really using the key) does hold
    // the slots the server says are taken.
    void withoutTheSendTimeTheDeficitIsForeignUsage() {
        VirtualClock clock;
        RateLimiter limiter(QStringLiteral("hubspot"), RateLimit{10, 1000, 0}, &clock);
        QObject ctx;
        int granted = 0;
        for (int i = 0; i < 5; ++i)
            limiter.acquire(&ctx, [&] { ++granted; });
        clock.advance(1100);
        limiter.observe(200, {{"x-hubspot-ratelimit-max", "10"},
                              {"x-hubspot-ratelimit-interval-milliseconds", "1000"},
                              {"x-hubspot-ratelimit-remaining", "4"}});
        granted = 0;
        for (int i = 0; i < 9; ++i)
            limiter.acquire(&ctx, [&] { ++granted; });
        QCOMPARE(granted, 4);
    }

    void retryAfterOn429PausesEverything() {
        VirtualClock clock;
        RateLimiter limiter(QStringLiteral("explorium"), RateLimit::exploriumDefault(), &clock);
        limiter.observe(429, {{"retry-after", "7"}});
        QObject ctx;
        int granted = 0;
        limiter.acquire(&ctx, [&] { ++granted; });
        QCOMPARE(granted, 0);
        clock.advance(6999);
        QCOMPARE(granted, 0);
        clock.advance(1);
        QCOMPARE(granted, 1);
    }

    void unknown429WaitsOneWindow() {
        VirtualClock clock;
        RateLimiter limiter(QStringLiteral("lemlist"), RateLimit::lemlistDefault(), &clock);
        limiter.observe(429, {});
        QCOMPARE(limiter.pausedUntilMs(), qint64(2000));
    }

    void lemlistHumanReadableResetIsParsed() {
        // Wall clock 2021-02-16 08:02:40 UTC; reset at 09:02:42 GMT+0100 = 08:02:42 UTC -> 2 s.
        VirtualClock clock(QDateTime(QDate(2021, 2, 16), QTime(8, 2, 40), Qt::UTC));
        RateLimiter limiter(QStringLiteral("lemlist"), RateLimit::lemlistDefault(), &clock);
        limiter.observe(200, {{"x-ratelimit-limit", "20"},
                              {"x-ratelimit-remaining", "0"},
                              {"x-ratelimit-reset",
                               "Tue Feb 16 2021 09:02:42 GMT+0100 (Central European Standard Time)"}});
        QCOMPARE(limiter.pausedUntilMs(), qint64(2000));
    }

    void exploriumEpochResetIsParsed() {
        const QDateTime start(QDate(2026, 3, 1), QTime(12, 0, 0), Qt::UTC);
        VirtualClock clock(start);
        RateLimiter limiter(QStringLiteral("explorium"), RateLimit::exploriumDefault(), &clock);
        const QByteArray reset = QByteArray::number(start.toSecsSinceEpoch() + 42);
        limiter.observe(
            200,
            {{"x-ratelimit-limit", "200"}, {"x-ratelimit-remaining", "0"}, {"x-ratelimit-reset", reset}});
        QCOMPARE(limiter.pausedUntilMs(), qint64(42000));
    }

    void exhaustedWindowResumesAtServerResetNotAfterAFullWindow() {
        const QDateTime start(QDate(2026, 3, 1), QTime(12, 0, 0), Qt::UTC);
        VirtualClock clock(start);
        RateLimiter limiter(QStringLiteral("explorium"), RateLimit::exploriumDefault(), &clock);
        const QByteArray reset = QByteArray::number(start.toSecsSinceEpoch() + 3);
        limiter.observe(
            429,
            {{"x-ratelimit-limit", "200"}, {"x-ratelimit-remaining", "0"}, {"x-ratelimit-reset", reset}});
        QObject ctx;
        int granted = 0;
        for (int i = 0; i < 5; ++i)
            limiter.acquire(&ctx, [&] { ++granted; });
        clock.advance(2999);
        QCOMPARE(granted, 0);
        clock.advance(1);
        QCOMPARE(granted, 5);
    }

    void serverCannotRaiseConfiguredLimit() {
        VirtualClock clock;
        RateLimiter limiter(QStringLiteral("hubspot"), RateLimit::hubSpotDefault(), &clock);
        limiter.observe(200, {{"x-hubspot-ratelimit-max", "190"}, {"x-hubspot-ratelimit-remaining", "189"}});
        QCOMPARE(limiter.effectiveMaxRequests(), 100);
    }

    void dailyCapHoldsUntilMidnightUtc() {
        VirtualClock clock(QDateTime(QDate(2026, 1, 5), QTime(23, 59, 0), Qt::UTC));
        RateLimiter limiter(QStringLiteral("hubspot"), RateLimit{100, 10000, 3}, &clock);
        QObject ctx;
        int granted = 0;
        for (int i = 0; i < 5; ++i)
            limiter.acquire(&ctx, [&] { ++granted; });
        QCOMPARE(granted, 3);
        clock.advance(59000);
        QCOMPARE(granted, 3);
        clock.advance(1000); // 00:00:00 next day
        QCOMPARE(granted, 5);
    }

    void hubSpotDailyRemainingZeroPausesUntilMidnight() {
        VirtualClock clock(QDateTime(QDate(2026, 1, 5), QTime(23, 0, 0), Qt::UTC));
        RateLimiter limiter(QStringLiteral("hubspot"), RateLimit::hubSpotDefault(), &clock);
        limiter.observe(
            200, {{"x-hubspot-ratelimit-daily", "250000"}, {"x-hubspot-ratelimit-daily-remaining", "0"}});
        QCOMPARE(limiter.pausedUntilMs(), qint64(3600 * 1000));
    }

    void reentrantAcquireFromGrant() {
        VirtualClock clock;
        RateLimiter limiter(QStringLiteral("t"), RateLimit{2, 1000, 0}, &clock);
        QObject ctx;
        QList<qint64> grants;
        std::function<void()> chain = [&] {
            grants.append(clock.nowMs());
            if (grants.size() < 6)
                limiter.acquire(&ctx, chain);
        };
        limiter.acquire(&ctx, chain);
        clock.advance(5000);
        QCOMPARE(grants.size(), 6);
        QCOMPARE(maxInAnyWindow(grants, 1000), 2);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"

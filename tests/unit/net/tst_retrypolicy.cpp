#include "net/retrypolicy.h"

#include <QtTest>

using namespace prospector::net;

namespace {
ApiError err(ApiErrorKind kind, int status = 0) {
    ApiError e = ApiError::make(kind, Service::HubSpot);
    e.httpStatus = status;
    return e;
}
} // namespace

class TestRetryPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void backoffCeilingDoublesUpToCap() {
        RetryPolicy policy(RetrySettings{10, 500, 30000, 120000});
        QCOMPARE(policy.backoffCeilingMs(1), qint64(500));
        QCOMPARE(policy.backoffCeilingMs(2), qint64(1000));
        QCOMPARE(policy.backoffCeilingMs(3), qint64(2000));
        QCOMPARE(policy.backoffCeilingMs(6), qint64(16000));
        QCOMPARE(policy.backoffCeilingMs(7), qint64(30000));
        QCOMPARE(policy.backoffCeilingMs(60), qint64(30000));
    }

    void fullJitterSpansZeroToCeiling() {
        double r = 0.0;
        RetryPolicy policy(RetrySettings{10, 500, 30000, 120000}, [&r] { return r; });
        const ApiError e = err(ApiErrorKind::Server, 503);
        r = 0.0;
        QCOMPARE(policy.delayMs(e, 3), qint64(0));
        r = 0.5;
        QCOMPARE(policy.delayMs(e, 3), qint64(1000));
        r = 0.999;
        QCOMPARE(policy.delayMs(e, 3), qint64(1998));
    }

    void realJitterStaysInRangeAndVaries() {
        RetryPolicy policy(RetrySettings{10, 500, 30000, 120000});
        const ApiError e = err(ApiErrorKind::Network);
        QSet<qint64> seen;
        for (int i = 0; i < 500; ++i) {
            const qint64 d = policy.delayMs(e, 4);
            QVERIFY(d >= 0 && d <= 4000);
            seen.insert(d);
        }
        QVERIFY(seen.size() > 50); // jittered, not a fixed delay
    }

    void retryAfterWins() {
        RetryPolicy policy(RetrySettings{}, [] { return 0.9; });
        ApiError e = err(ApiErrorKind::RateLimited, 429);
        e.retryAfterMs = 7000;
        QCOMPARE(policy.delayMs(e, 1), qint64(7000));
    }

    void retriesOnlyTransientErrors_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retry");
        QTest::newRow("network") << int(ApiErrorKind::Network) << 0 << true;
        QTest::newRow("timeout") << int(ApiErrorKind::Timeout) << 0 << true;
        QTest::newRow("429") << int(ApiErrorKind::RateLimited) << 429 << true;
        QTest::newRow("423 locked") << int(ApiErrorKind::RateLimited) << 423 << true;
        QTest::newRow("500") << int(ApiErrorKind::Server) << 500 << true;
        QTest::newRow("502") << int(ApiErrorKind::Server) << 502 << true;
        QTest::newRow("503") << int(ApiErrorKind::Server) << 503 << true;
        QTest::newRow("504") << int(ApiErrorKind::Server) << 504 << true;
        QTest::newRow("524") << int(ApiErrorKind::Server) << 524 << true;
        QTest::newRow("477 migration") << int(ApiErrorKind::Server) << 477 << true;
        QTest::newRow("400") << int(ApiErrorKind::Validation) << 400 << false;
        QTest::newRow("401") << int(ApiErrorKind::Auth) << 401 << false;
        QTest::newRow("403") << int(ApiErrorKind::Permission) << 403 << false;
        QTest::newRow("404") << int(ApiErrorKind::NotFound) << 404 << false;
        QTest::newRow("409") << int(ApiErrorKind::Conflict) << 409 << false;
        QTest::newRow("422") << int(ApiErrorKind::Validation) << 422 << false;
        QTest::newRow("malformed") << int(ApiErrorKind::MalformedResponse) << 200 << false;
        QTest::newRow("circuit open") << int(ApiErrorKind::CircuitOpen) << 0 << false;
        QTest::newRow("cancelled") << int(ApiErrorKind::Cancelled) << 0 << false;
    }
    void retriesOnlyTransientErrors() {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(bool, retry);
        RetryPolicy policy;
        QCOMPARE(policy.shouldRetry(err(ApiErrorKind(kind), status), 1, true), retry);
    }

    void attemptsAreCapped() {
        RetryPolicy policy(RetrySettings{3, 500, 30000, 120000});
        const ApiError e = err(ApiErrorKind::Server, 503);
        QVERIFY(policy.shouldRetry(e, 1, true));
        QVERIFY(policy.shouldRetry(e, 2, true));
        QVERIFY(!policy.shouldRetry(e, 3, true));
    }

    void longServerWaitEndsTheCall() {
        RetryPolicy policy;
        ApiError e = err(ApiErrorKind::RateLimited, 429);
        e.retryAfterMs = 6 * 3600 * 1000; // e.g. daily cap
        QVERIFY(!policy.shouldRetry(e, 1, true));
    }

    void nonIdempotentOnlyWhenServerDidNotProcess() {
        RetryPolicy policy;
        QVERIFY(policy.shouldRetry(err(ApiErrorKind::RateLimited, 429), 1, false));
        QVERIFY(!policy.shouldRetry(err(ApiErrorKind::Timeout), 1, false));
        QVERIFY(!policy.shouldRetry(err(ApiErrorKind::Server, 502), 1, false));
        ApiError refused = err(ApiErrorKind::Network);
        refused.remoteCategory = QStringLiteral("CONNECTION_REFUSED");
        QVERIFY(policy.shouldRetry(refused, 1, false));
        QVERIFY(!policy.shouldRetry(err(ApiErrorKind::Network), 1, false));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"

#include "fakenetwork.h"
#include "net/serviceconnection.h"

#include <QtTest>

using namespace prospector::net;
using prospector::test::FakeNetwork;
using prospector::test::FakeResponse;
using prospector::test::runUntil;

class TestServiceConnection : public QObject {
    Q_OBJECT

    static QList<qint64> sendBurst(ServiceConnection &connection, VirtualClock &clock, int n,
                                   const QString &bucket) {
        QList<qint64> times;
        QObject ctx;
        for (int i = 0; i < n; ++i) {
            HttpRequest request = HttpRequest::get(QStringLiteral("/x"));
            request.rateBucket = bucket;
            connection.http()->send(request, &ctx,
                                    [&](const HttpResponse &) { times.append(clock.nowMs()); });
        }
        runUntil(clock, [&] { return times.size() == n; });
        return times;
    }

private Q_SLOTS:
    void documentedLimitsAreWired() {
        QCOMPARE(ServiceConnection::defaultOptions(Service::HubSpot).limit.maxRequests, 100);
        QCOMPARE(ServiceConnection::defaultOptions(Service::HubSpot).limit.windowMs, qint64(10000));
        QVERIFY(ServiceConnection::defaultOptions(Service::HubSpot).limit.dailyCap > 0);
        QCOMPARE(ServiceConnection::defaultOptions(Service::Lemlist).limit.maxRequests, 20);
        QCOMPARE(ServiceConnection::defaultOptions(Service::Lemlist).limit.windowMs, qint64(2000));
        QCOMPARE(ServiceConnection::defaultOptions(Service::Explorium).limit.maxRequests, 200);
        QCOMPARE(ServiceConnection::defaultOptions(Service::Explorium).limit.windowMs, qint64(60000));
    }

    void lemlistBurstIsPaced() {
        VirtualClock clock;
        FakeNetwork network;
        network.setResponder([](const auto &) { return FakeResponse::json(200, "{}"); });
        ServiceConnection connection(
            ServiceEndpoint{Service::Lemlist, QUrl(QStringLiteral("http://127.0.0.1:1")), {}}, &network,
            &clock);
        const QList<qint64> times = sendBurst(connection, clock, 45, QStringLiteral("default"));
        QCOMPARE(times.size(), 45);
        QCOMPARE(times.count(0), 20);
        QCOMPARE(times.last(), qint64(4000));
    }

    void hubSpotSearchHasItsOwnBucket() {
        VirtualClock clock;
        FakeNetwork network;
        network.setResponder([](const auto &) { return FakeResponse::json(200, "{}"); });
        ServiceConnection connection(
            ServiceEndpoint{Service::HubSpot, QUrl(QStringLiteral("http://127.0.0.1:1")), {}}, &network,
            &clock);
        const QList<qint64> times = sendBurst(connection, clock, 11, QStringLiteral("search"));
        QCOMPARE(times.count(0), 5);
        QCOMPARE(times.last(), qint64(2000));
        QCOMPARE(connection.limiter()->grantedInWindow(), 0); // search is exempt from the 10 s limit
    }

    void breakerIsWiredAndObservable() {
        VirtualClock clock;
        FakeNetwork network;
        network.setResponder(
            [](const auto &) { return FakeResponse::failure(QNetworkReply::ConnectionRefusedError); });
        ServiceConnection::Options options = ServiceConnection::defaultOptions(Service::Explorium);
        options.breaker = {2, 30000};
        options.retry.maxAttempts = 1;
        ServiceConnection connection(
            ServiceEndpoint{Service::Explorium, QUrl(QStringLiteral("http://127.0.0.1:1")), {}}, options,
            &network, &clock);
        QSignalSpy spy(connection.breaker(), &CircuitBreaker::stateChanged);
        for (int i = 0; i < 3; ++i)
            sendBurst(connection, clock, 1, QStringLiteral("default")); // one after the other
        QCOMPARE(network.requests.size(), 2);                           // the third failed fast
        QCOMPARE(connection.breaker()->state(), CircuitBreaker::State::Open);
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestServiceConnection)
#include "tst_serviceconnection.moc"

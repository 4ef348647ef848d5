// The headless runs (sync, enroll, track) talk to the address and within the budget the rep set
// in Settings, not only to what the environment says.
#include "integrations/servicesettings.h"
#include "net/circuitbreaker.h"
#include "net/httpclient.h"
#include "net/ratelimiter.h"
#include "net/serviceconnection.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "sync/servicehttpclients.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;

class TestServiceHttpClients : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void usesTheBaseUrlSavedInSettings() {
        qunsetenv("PROSPECTOR_LEMLIST_URL");
        QTemporaryDir dir;
        storage::Database database(dir.filePath(QStringLiteral("p.db")));
        QString error;
        QVERIFY(database.open(&error));
        storage::SettingsRepository repository(database);
        integrations::ServiceSettings settings(repository);
        QVERIFY(settings.setBaseUrl(net::Service::Lemlist, QUrl(QStringLiteral("http://127.0.0.1:9/api")),
                                    &error));

        sync::ServiceHttpClients clients(database, [](net::Service) { return QStringLiteral("t"); });
        QCOMPARE(clients.client(net::Service::Lemlist)->baseUrl(),
                 QUrl(QStringLiteral("http://127.0.0.1:9/api")));
        QCOMPARE(clients.client(net::Service::HubSpot)->baseUrl(),
                 integrations::ServiceSettings::defaultBaseUrl(net::Service::HubSpot));
        QCOMPARE(clients.client(net::Service::Lemlist), clients.client(net::Service::Lemlist));
    }

    void eachServiceHasItsBreakerAndTheSavedBudget() {
        QTemporaryDir dir;
        storage::Database database(dir.filePath(QStringLiteral("p.db")));
        QString error;
        QVERIFY(database.open(&error));
        storage::SettingsRepository repository(database);
        integrations::ServiceSettings settings(repository);
        QVERIFY(settings.setRateLimit(net::Service::HubSpot, 190, &error)); // a Professional portal

        sync::ServiceHttpClients::Options options;
        options.breaker = net::CircuitBreaker::Settings{2, 150};
        sync::ServiceHttpClients clients(database, [](net::Service) { return QStringLiteral("t"); }, options);
        net::ServiceConnection *hubspot = clients.connection(net::Service::HubSpot);
        QCOMPARE(hubspot->limiter()->configuredLimit().maxRequests, 190);
        QCOMPARE(hubspot->limiter()->configuredLimit().windowMs, qint64(10000));
        QCOMPARE(clients.connection(net::Service::Lemlist)->limiter()->configuredLimit().maxRequests, 20);
        QVERIFY(hubspot->breaker() != clients.connection(net::Service::Lemlist)->breaker());
        QCOMPARE(clients.client(net::Service::HubSpot), hubspot->http());

        // The breaker is wired into the client: two failures open it for the injected 150 ms.
        net::CircuitBreaker *breaker = hubspot->breaker();
        breaker->recordFailure();
        breaker->recordFailure();
        QCOMPARE(breaker->state(), net::CircuitBreaker::State::Open);
        QVERIFY(breaker->msUntilHalfOpen() <= 150);
        QVERIFY(!breaker->wouldAllow());
        QTRY_VERIFY_WITH_TIMEOUT(breaker->wouldAllow(), 5000); // open period over: a probe may go
    }
};

QTEST_GUILESS_MAIN(TestServiceHttpClients)
#include "tst_servicehttpclients.moc"

// Per-service base URL and rate limit: defaults, environment override, validation, persistence.
#include "integrations/servicesettings.h"
#include "net/serviceendpoint.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;
using integrations::Service;
using integrations::ServiceSettings;

class TestServiceSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        for (Service s : integrations::allServices())
            qunsetenv(net::ServiceEndpoint::environmentVariable(s));
    }

    void serviceIdsRoundTrip() {
        for (Service s : integrations::allServices())
            QCOMPARE(integrations::serviceFromKey(net::serviceKey(s)), s);
        QCOMPARE(integrations::serviceFromKey(QStringLiteral("HubSpot")), Service::HubSpot);
        QCOMPARE(integrations::allServices().size(), 3);
        QVERIFY(!integrations::serviceFromKey(QStringLiteral("salesforce")).has_value());
    }

    void defaultsAreTheRealServices() {
        QCOMPARE(ServiceSettings::defaultBaseUrl(Service::HubSpot),
                 QUrl(QStringLiteral("https://api.hubapi.com")));
        QCOMPARE(ServiceSettings::defaultBaseUrl(Service::Lemlist),
                 QUrl(QStringLiteral("https://api.lemlist.com/api")));
        QCOMPARE(ServiceSettings::defaultBaseUrl(Service::Explorium),
                 QUrl(QStringLiteral("https://api.explorium.ai")));
    }

    void environmentOverridesTheDefault() {
        qputenv("PROSPECTOR_LEMLIST_URL", "http://127.0.0.1:8123/lemlist");
        QCOMPARE(ServiceSettings::defaultBaseUrl(Service::Lemlist),
                 QUrl(QStringLiteral("http://127.0.0.1:8123/lemlist")));
        // Plain http to another machine would expose the token: ignored.
        qputenv("PROSPECTOR_LEMLIST_URL", "http://lemlist.example.com");
        QCOMPARE(ServiceSettings::defaultBaseUrl(Service::Lemlist),
                 net::ServiceEndpoint::defaultBaseUrl(Service::Lemlist));
    }

    void acceptableUrls_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << QStringLiteral("https://api.example.com") << true;
        QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:9000") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:9000/x") << true;
        QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:9000") << true;
        QTest::newRow("http remote") << QStringLiteral("http://api.example.com") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://api.example.com") << false;
        QTest::newRow("no host") << QStringLiteral("https://") << false;
        QTest::newRow("credentials") << QStringLiteral("https://user:pw@api.example.com") << false;
        QTest::newRow("garbage") << QStringLiteral("not a url") << false;
    }

    void acceptableUrls() {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QString reason;
        QCOMPARE(ServiceSettings::isAcceptableBaseUrl(QUrl(url, QUrl::StrictMode), &reason), ok);
        QCOMPARE(reason.isEmpty(), ok);
    }

    void settingsPersistAndReset() {
        QTemporaryDir dir;
        storage::Database database(dir.filePath(QStringLiteral("p.db")));
        QString error;
        QVERIFY(database.open(&error));
        storage::SettingsRepository repository(database);
        ServiceSettings settings(repository);

        QVERIFY(!settings.hasCustomBaseUrl(Service::HubSpot));
        QVERIFY(settings.setBaseUrl(Service::HubSpot, QUrl(QStringLiteral("https://eu.hubapi.example/")),
                                    &error));
        QCOMPARE(ServiceSettings(repository).baseUrl(Service::HubSpot),
                 QUrl(QStringLiteral("https://eu.hubapi.example")));
        QVERIFY(settings.hasCustomBaseUrl(Service::HubSpot));
        QVERIFY(!settings.setBaseUrl(Service::HubSpot, QUrl(QStringLiteral("http://evil.example")), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(settings.baseUrl(Service::HubSpot), QUrl(QStringLiteral("https://eu.hubapi.example")));
        QVERIFY(settings.setBaseUrl(Service::HubSpot, QUrl(), &error));
        QCOMPARE(settings.baseUrl(Service::HubSpot), net::ServiceEndpoint::defaultBaseUrl(Service::HubSpot));

        QCOMPARE(settings.rateLimit(Service::Lemlist).maxRequests, 20);
        QCOMPARE(settings.rateLimit(Service::Lemlist).windowMs, 2000);
        QVERIFY(!settings.hasCustomRateLimit(Service::HubSpot));
        QVERIFY(settings.setRateLimit(Service::HubSpot, 190, &error));
        QCOMPARE(settings.rateLimit(Service::HubSpot).maxRequests, 190);
        QCOMPARE(settings.rateLimit(Service::HubSpot).windowMs, 10000);
        QVERIFY(settings.hasCustomRateLimit(Service::HubSpot));
        QVERIFY(!settings.setRateLimit(Service::HubSpot, -5, &error));
        QCOMPARE(settings.rateLimit(Service::HubSpot).maxRequests, 190);
        QVERIFY(settings.setRateLimit(Service::HubSpot, 0, &error));
        QCOMPARE(settings.rateLimit(Service::HubSpot).maxRequests, 100);
    }

    // --sandbox points the services at loopback through the environment; a base URL saved in an
    // earlier session must not win, or a sandbox run would write to the real HubSpot.
    void environmentBeatsASavedUrl() {
        QTemporaryDir dir;
        storage::Database database(dir.filePath(QStringLiteral("p.db")));
        QString error;
        QVERIFY(database.open(&error));
        storage::SettingsRepository repository(database);
        ServiceSettings settings(repository);
        QVERIFY(
            settings.setBaseUrl(Service::HubSpot, QUrl(QStringLiteral("https://eu.hubapi.example")), &error));
        qputenv("PROSPECTOR_HUBSPOT_URL", "http://127.0.0.1:4567");
        QCOMPARE(settings.baseUrl(Service::HubSpot), QUrl(QStringLiteral("http://127.0.0.1:4567")));
        qputenv("PROSPECTOR_HUBSPOT_URL", "http://remote.example"); // not acceptable: ignored
        QCOMPARE(settings.baseUrl(Service::HubSpot), QUrl(QStringLiteral("https://eu.hubapi.example")));
        qunsetenv("PROSPECTOR_HUBSPOT_URL");
        QCOMPARE(settings.baseUrl(Service::HubSpot), QUrl(QStringLiteral("https://eu.hubapi.example")));
    }
};

QTEST_GUILESS_MAIN(TestServiceSettings)
#include "tst_servicesettings.moc"

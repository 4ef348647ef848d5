// The headless runs (sync, enroll, track) talk to the address and within the budget the rep set
// in Settings, not only to what the environment says.
#include "integrations/servicesettings.h"
#include "net/httpclient.h"
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
};

QTEST_GUILESS_MAIN(TestServiceHttpClients)
#include "tst_servicehttpclients.moc"

// TokenCache against the real Secret Service: loads what is stored, follows saves and removals,
// and hands the HTTP layer a provider that never outlives it.
#include "secrets/credentialstore.h"
#include "secrets/tokencache.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace prospector;
using integrations::Service;
using secrets::CredentialError;
using secrets::CredentialStore;
using secrets::TokenCache;

class TestTokenCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void followsTheStore() {
        QTemporaryDir dir;
        storage::Database database(dir.filePath(QStringLiteral("p.db")));
        QString error;
        QVERIFY(database.open(&error));
        storage::SettingsRepository settings(database);
        secrets::CredentialIndex index(settings);
        CredentialStore store(
            index, {QStringLiteral("ProspectorTest-") + QUuid::createUuid().toString(QUuid::Id128), {}});

        bool written = false;
        connect(&store, &CredentialStore::writeFinished, this,
                [&](Service, CredentialError e) { written = e == CredentialError::None; });
        store.write(Service::Explorium, QStringLiteral("explorium-cached-key-1"));
        QTRY_VERIFY_WITH_TIMEOUT(written, 20000);

        auto cache = std::make_unique<TokenCache>(store);
        const auto explorium = cache->providerFor(Service::Explorium);
        bool loaded = false;
        connect(cache.get(), &TokenCache::loaded, this, [&] { loaded = true; });
        cache->load();
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 20000);
        QVERIFY(cache->isLoaded());
        QCOMPARE(explorium(), QStringLiteral("explorium-cached-key-1"));
        QCOMPARE(cache->token(Service::HubSpot), QString());

        // A save through the store reaches the cache.
        QList<Service> changed;
        connect(cache.get(), &TokenCache::tokenChanged, this, [&](Service s) { changed << s; });
        written = false;
        store.write(Service::HubSpot, QStringLiteral("pat-na1-cached-token-2"));
        QTRY_VERIFY_WITH_TIMEOUT(written, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(cache->token(Service::HubSpot), QStringLiteral("pat-na1-cached-token-2"),
                                  20000);
        QCOMPARE(changed, QList<Service>{Service::HubSpot});

        bool removed = false;
        connect(&store, &CredentialStore::removeFinished, this, [&](Service s, CredentialError) {
            if (s == Service::Explorium)
                removed = true;
        });
        store.remove(Service::Explorium);
        QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
        QCOMPARE(explorium(), QString());

        cache.reset();
        QCOMPARE(explorium(), QString()); // the provider outlives the cache safely
        removed = false;
        store.remove(Service::HubSpot);
        QTRY_VERIFY_WITH_TIMEOUT(store.status(Service::HubSpot).isStored() == false, 20000);
    }
};

QTEST_GUILESS_MAIN(TestTokenCache)
#include "tst_tokencache.moc"

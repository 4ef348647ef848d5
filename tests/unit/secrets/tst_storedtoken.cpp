// readStoredToken() against the real Secret Service (scripts/test.sh runs an unlocked
// gnome-keyring): what `prospector credentials set` stored is what a headless sync run sends.
#include "secrets/credentialindex.h"
#include "secrets/credentialstore.h"
#include "secrets/storedtoken.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace prospector;
using integrations::Service;
using secrets::CredentialError;
using secrets::CredentialStore;

class TestStoredToken : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsWhatWasStoredForThisDataFolderOnly() {
        QTemporaryDir dir;
        QTemporaryDir otherDir;
        const QString token = QStringLiteral("pat-na1-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            storage::Database database(dir.filePath(QStringLiteral("prospector.db")));
            QString error;
            QVERIFY(database.open(&error));
            storage::SettingsRepository settings(database);
            secrets::CredentialIndex index(settings);
            CredentialStore store(
                index, {QStringLiteral("Prospector"), dir.filePath(CredentialStore::insecureFileName())});
            bool written = false;
            CredentialError result = CredentialError::BackendFailure;
            connect(&store, &CredentialStore::writeFinished, this,
                    [&](net::Service, CredentialError e, const QString &) {
                        result = e;
                        written = true;
                    });
            store.start();
            store.write(Service::HubSpot, token);
            QVERIFY(QTest::qWaitFor([&] { return written; }, 20000));
            QCOMPARE(result, CredentialError::None);
        }
        QString error;
        QCOMPARE(secrets::readStoredToken(dir.path(), Service::HubSpot, &error), token);
        QVERIFY(secrets::readStoredToken(dir.path(), Service::Lemlist, &error).isEmpty());
        QVERIFY2(secrets::readStoredToken(otherDir.path(), Service::HubSpot, &error).isEmpty(),
                 "another data folder has its own tokens");
    }
};

QTEST_GUILESS_MAIN(TestStoredToken)
#include "tst_storedtoken.moc"

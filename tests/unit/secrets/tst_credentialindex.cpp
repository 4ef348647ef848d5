// The non-secret index: what is stored where and since when, the opt-in, and the namespace that
// must never change once tokens were filed under it.
#include "secrets/credentialindex.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;
using integrations::Service;
using secrets::CredentialIndex;
using secrets::CredentialLocation;

class TestCredentialIndex : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<storage::Database>(m_dir->filePath(QStringLiteral("p.db")));
        QString error;
        QVERIFY2(m_database->open(&error), qPrintable(error));
        m_settings = std::make_unique<storage::SettingsRepository>(*m_database);
    }

    void recordsWhatIsStored() {
        CredentialIndex index(*m_settings);
        QVERIFY(!index.status(Service::HubSpot).isStored());
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        QVERIFY(index.markStored(Service::HubSpot, CredentialLocation::Keychain));
        QVERIFY(index.markStored(Service::Explorium, CredentialLocation::InsecureFile));

        const CredentialIndex reopened(*m_settings);
        QCOMPARE(reopened.status(Service::HubSpot).location, CredentialLocation::Keychain);
        QVERIFY(reopened.status(Service::HubSpot).updatedAt >= before);
        QCOMPARE(reopened.status(Service::Explorium).location, CredentialLocation::InsecureFile);
        QVERIFY(!reopened.status(Service::Lemlist).isStored());

        QVERIFY(index.markCleared(Service::HubSpot));
        QVERIFY(!index.status(Service::HubSpot).isStored());
        QVERIFY(!index.status(Service::HubSpot).updatedAt.isValid());
        QCOMPARE(index.status(Service::Explorium).location, CredentialLocation::InsecureFile);
    }

    void insecureStorageIsOffUntilChosen() {
        CredentialIndex index(*m_settings);
        QVERIFY(!index.insecureStorageAllowed());
        QVERIFY(index.setInsecureStorageAllowed(true));
        QVERIFY(CredentialIndex(*m_settings).insecureStorageAllowed());
        QVERIFY(index.setInsecureStorageAllowed(false));
        QVERIFY(!index.insecureStorageAllowed());
    }

    void namespaceIsCreatedOnceAndKept() {
        CredentialIndex index(*m_settings);
        const QString id = index.keyNamespace();
        QVERIFY(!id.isEmpty());
        QCOMPARE(index.keyNamespace(), id);
        QCOMPARE(CredentialIndex(*m_settings).keyNamespace(), id);

        QTemporaryDir other;
        storage::Database otherDatabase(other.filePath(QStringLiteral("p.db")));
        QString error;
        QVERIFY(otherDatabase.open(&error));
        storage::SettingsRepository otherSettings(otherDatabase);
        QVERIFY(CredentialIndex(otherSettings).keyNamespace() != id);
    }

    void unreadableIndexRefusesInsteadOfInventingANamespace() {
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("DROP TABLE settings")));
        CredentialIndex index(*m_settings);
        QString error;
        QVERIFY(index.keyNamespace(&error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(!index.markStored(Service::HubSpot, CredentialLocation::Keychain));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<storage::SettingsRepository> m_settings;
};

QTEST_GUILESS_MAIN(TestCredentialIndex)
#include "tst_credentialindex.moc"

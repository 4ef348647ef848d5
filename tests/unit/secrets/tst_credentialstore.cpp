// CredentialStore against the real Secret Service (scripts/test.sh runs an unlocked gnome-keyring
// under a private D-Bus session). Each test run files its entries under its own keychain service
// name and data folder, so parallel tests never see each other's tokens.
#include "logging/redaction.h"
#include "secrets/credentialstore.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>
#include <optional>
#include <qt6keychain/keychain.h>

using namespace prospector;
using integrations::Service;
using secrets::CredentialError;
using secrets::CredentialLocation;
using secrets::CredentialStore;

namespace {

// One data folder: database, index and store, like the app builds them.
struct Profile {
    explicit Profile(const QString &keychainService)
        : database(dir.filePath(QStringLiteral("prospector.db")))
        , settings(database)
        , index(settings)
        , store(index, {keychainService, dir.filePath(CredentialStore::insecureFileName())}) {
        QString error;
        opened = database.open(&error);
    }
    QTemporaryDir dir;
    storage::Database database;
    storage::SettingsRepository settings;
    secrets::CredentialIndex index;
    CredentialStore store;
    bool opened = false;
};

struct Outcome {
    CredentialError error = CredentialError::BackendFailure;
    QString token;
    QString detail;
};

// Waits (bounded) for the one *Finished signal a request promises.
Outcome writeAndWait(CredentialStore &store, Service service, const QString &token) {
    std::optional<Outcome> outcome;
    const auto c = QObject::connect(&store, &CredentialStore::writeFinished, &store,
                                    [&](Service s, CredentialError e, const QString &d) {
                                        if (s == service)
                                            outcome = Outcome{e, {}, d};
                                    });
    store.write(service, token);
    const bool answered = QTest::qWaitFor([&] { return outcome.has_value(); }, 20000);
    QObject::disconnect(c);
    return answered ? *outcome : Outcome{CredentialError::BackendFailure, {}, QStringLiteral("no answer")};
}

Outcome readAndWait(CredentialStore &store, Service service) {
    std::optional<Outcome> outcome;
    const auto c = QObject::connect(&store, &CredentialStore::readFinished, &store,
                                    [&](Service s, const QString &t, CredentialError e, const QString &d) {
                                        if (s == service)
                                            outcome = Outcome{e, t, d};
                                    });
    store.read(service);
    const bool answered = QTest::qWaitFor([&] { return outcome.has_value(); }, 20000);
    QObject::disconnect(c);
    return answered ? *outcome : Outcome{CredentialError::BackendFailure, {}, QStringLiteral("no answer")};
}

Outcome removeAndWait(CredentialStore &store, Service service) {
    std::optional<Outcome> outcome;
    const auto c = QObject::connect(&store, &CredentialStore::removeFinished, &store,
                                    [&](Service s, CredentialError e, const QString &d) {
                                        if (s == service)
                                            outcome = Outcome{e, {}, d};
                                    });
    store.remove(service);
    const bool answered = QTest::qWaitFor([&] { return outcome.has_value(); }, 20000);
    QObject::disconnect(c);
    return answered ? *outcome : Outcome{CredentialError::BackendFailure, {}, QStringLiteral("no answer")};
}

QByteArray fileBytes(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCredentialStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        m_service = QStringLiteral("ProspectorTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void cleanup() { logging::clearRegisteredSecrets(); }

    void keychainIsAvailableAtStart() {
        Profile profile(m_service);
        QVERIFY(profile.opened);
        bool answered = false;
        bool available = false;
        connect(&profile.store, &CredentialStore::availabilityChecked, this, [&](bool a) {
            answered = true;
            available = a;
        });
        QVERIFY(!profile.store.isChecked());
        profile.store.start();
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QVERIFY2(available, qPrintable(profile.store.keychainError()));
        QVERIFY(profile.store.isAvailable());
        QCOMPARE(profile.store.activeLocation(), CredentialLocation::Keychain);
    }

    void writeReadRemoveRoundTrip() {
        Profile profile(m_service);
        QVERIFY(profile.opened);
        const QString token = QStringLiteral("pat-na1-11111111-2222-3333-4444-roundtrip");
        QVERIFY(!profile.store.status(Service::HubSpot).isStored());

        // Requests made before the availability check wait for it instead of failing.
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto written = writeAndWait(profile.store, Service::HubSpot, token);
        QCOMPARE(written.error, CredentialError::None);

        const secrets::CredentialStatus status = profile.store.status(Service::HubSpot);
        QCOMPARE(status.location, CredentialLocation::Keychain);
        QVERIFY(status.updatedAt >= before && status.updatedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(!profile.store.status(Service::Lemlist).isStored());

        auto read = readAndWait(profile.store, Service::HubSpot);
        QCOMPARE(read.error, CredentialError::None);
        QCOMPARE(read.token, token);
        // The token is masked wherever it would be logged, even without a recognisable shape.
        QVERIFY(!logging::redact(QStringLiteral("sent ") + token).contains(token));

        // The index holds no secret: neither the database nor its WAL contains the token.
        QVERIFY(!fileBytes(profile.database.filePath()).contains(token.toUtf8()));
        QVERIFY(!fileBytes(profile.database.filePath() + QStringLiteral("-wal")).contains(token.toUtf8()));

        auto removed = removeAndWait(profile.store, Service::HubSpot);
        QCOMPARE(removed.error, CredentialError::None);
        QVERIFY(!profile.store.status(Service::HubSpot).isStored());
        read = readAndWait(profile.store, Service::HubSpot);
        QCOMPARE(read.error, CredentialError::NotFound);
        QVERIFY(read.token.isEmpty());

        // Removing again is not an error.
        removed = removeAndWait(profile.store, Service::HubSpot);
        QCOMPARE(removed.error, CredentialError::None);
    }

    void servicesAreKeptApart() {
        Profile profile(m_service);
        QVERIFY(profile.opened);
        const QString hubspot = QStringLiteral("hubspot-token-aaaaaaaaaaaa");
        const QString lemlist = QStringLiteral("lemlist-key-bbbbbbbbbbbb");
        QCOMPARE(writeAndWait(profile.store, Service::HubSpot, hubspot).error, CredentialError::None);
        QCOMPARE(writeAndWait(profile.store, Service::Lemlist, lemlist).error, CredentialError::None);
        QCOMPARE(readAndWait(profile.store, Service::HubSpot).token, hubspot);
        QCOMPARE(readAndWait(profile.store, Service::Lemlist).token, lemlist);
        QCOMPARE(readAndWait(profile.store, Service::Explorium).error, CredentialError::NotFound);

        // Overwriting replaces the token.
        const QString rotated = QStringLiteral("hubspot-token-rotated-cccc");
        QCOMPARE(writeAndWait(profile.store, Service::HubSpot, rotated).error, CredentialError::None);
        QCOMPARE(readAndWait(profile.store, Service::HubSpot).token, rotated);
        QCOMPARE(readAndWait(profile.store, Service::Lemlist).token, lemlist);

        QCOMPARE(removeAndWait(profile.store, Service::HubSpot).error, CredentialError::None);
        QCOMPARE(readAndWait(profile.store, Service::Lemlist).token, lemlist);
        QCOMPARE(removeAndWait(profile.store, Service::Lemlist).error, CredentialError::None);
    }

    void dataFoldersDoNotShareTokens() {
        Profile first(m_service);
        Profile second(m_service);
        QVERIFY(first.opened && second.opened);
        QCOMPARE(
            writeAndWait(first.store, Service::Explorium, QStringLiteral("explorium-first-dddddd")).error,
            CredentialError::None);
        QCOMPARE(readAndWait(second.store, Service::Explorium).error, CredentialError::NotFound);
        QCOMPARE(removeAndWait(first.store, Service::Explorium).error, CredentialError::None);
    }

    void malformedTokensAreRefused() {
        Profile profile(m_service);
        QVERIFY(profile.opened);
        for (const QString &bad :
             {QString(), QStringLiteral("two\nlines-token"), QStringLiteral("tab\there-token")}) {
            const auto written = writeAndWait(profile.store, Service::HubSpot, bad);
            QCOMPARE(written.error, CredentialError::InvalidToken);
        }
        QVERIFY(!profile.store.status(Service::HubSpot).isStored());
        QCOMPARE(readAndWait(profile.store, Service::HubSpot).error, CredentialError::NotFound);
    }

    void indexFollowsEntriesRemovedOutsideTheApp() {
        Profile profile(m_service);
        QVERIFY(profile.opened);
        QCOMPARE(writeAndWait(profile.store, Service::Lemlist, QStringLiteral("lemlist-gone-eeeeeeee")).error,
                 CredentialError::None);
        QVERIFY(profile.store.status(Service::Lemlist).isStored());

        // Delete the entry the way another program would.
        auto *job = new QKeychain::DeletePasswordJob(m_service);
        job->setKey(profile.index.keyNamespace() + QStringLiteral("/lemlist"));
        bool deleted = false;
        connect(job, &QKeychain::Job::finished, this,
                [&](QKeychain::Job *j) { deleted = j->error() == QKeychain::NoError; });
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(deleted, 20000);

        QCOMPARE(readAndWait(profile.store, Service::Lemlist).error, CredentialError::NotFound);
        QVERIFY(!profile.store.status(Service::Lemlist).isStored());
    }

private:
    QString m_service;
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"

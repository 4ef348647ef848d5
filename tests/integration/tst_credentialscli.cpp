// `prospector credentials set|status|clear` as a rep or a script runs it: the token piped on
// standard input, the real Secret Service behind it (scripts/test.sh), and no silent fallback
// when there is no keychain.
#include "prospectorprocess.h"
#include "secrets/credentialstore.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace prospector;
using testing::runProspector;

namespace {

QJsonObject serviceStatus(const QString &json, const QString &service) {
    const QJsonArray services =
        QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("services")).toArray();
    for (const QJsonValue &entry : services) {
        if (entry.toObject().value(QStringLiteral("service")).toString() == service)
            return entry.toObject();
    }
    return {};
}

QString uniqueToken(const QString &prefix) {
    return prefix + QUuid::createUuid().toString(QUuid::Id128);
}

// Reads what the CLI stored, through the same store the app uses, to prove it reached the keychain.
QString readBack(const QString &dataDir, integrations::Service service) {
    storage::Database database(QDir(dataDir).filePath(QStringLiteral("prospector.db")));
    QString error;
    if (!database.open(&error))
        return {};
    storage::SettingsRepository settings(database);
    secrets::CredentialIndex index(settings);
    secrets::CredentialStore store(
        index,
        {QStringLiteral("Prospector"), QDir(dataDir).filePath(secrets::CredentialStore::insecureFileName())});
    QString token;
    bool done = false;
    QObject::connect(&store, &secrets::CredentialStore::readFinished, &store,
                     [&](integrations::Service, const QString &t, secrets::CredentialError, const QString &) {
                         token = t;
                         done = true;
                     });
    store.read(service);
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        return {};
    return token;
}

QProcessEnvironment withoutKeychain(const QTemporaryDir &dir) {
    QProcessEnvironment env;
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-such-bus")));
    return env;
}

} // namespace

class TestCredentialsCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void setStatusClearRoundTrip() {
        QTemporaryDir dir;
        const QString token = uniqueToken(QStringLiteral("pat-na1-"));
        auto r =
            runProspector({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("hubspot")},
                          dir.path(), token.toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("keychain")));
        QVERIFY(!r.out.contains(token) && !r.err.contains(token));
        QCOMPARE(readBack(dir.path(), integrations::Service::HubSpot), token);

        r = runProspector({QStringLiteral("credentials"), QStringLiteral("status"), QStringLiteral("--json")},
                          dir.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(token));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("keychain_available")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("insecure_storage_allowed")).toBool(), false);
        QJsonObject hubspot = serviceStatus(r.out, QStringLiteral("hubspot"));
        QCOMPARE(hubspot.value(QStringLiteral("stored")).toBool(), true);
        QCOMPARE(hubspot.value(QStringLiteral("location")).toString(), QStringLiteral("keychain"));
        const QDateTime updated =
            QDateTime::fromString(hubspot.value(QStringLiteral("updated_at")).toString(), Qt::ISODate);
        QVERIFY(qAbs(updated.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(serviceStatus(r.out, QStringLiteral("lemlist")).value(QStringLiteral("stored")).toBool(),
                 false);

        r = runProspector({QStringLiteral("credentials"), QStringLiteral("status")}, dir.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("HubSpot:")));
        QVERIFY(r.out.contains(QStringLiteral("not set")));

        // Windows-style line ending and surrounding blanks are not part of the token.
        const QString lemlist = uniqueToken(QStringLiteral("lemlist-"));
        r = runProspector({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("lemlist")},
                          dir.path(), "  " + lemlist.toUtf8() + "\r\n");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readBack(dir.path(), integrations::Service::Lemlist), lemlist);

        r = runProspector({QStringLiteral("credentials"), QStringLiteral("clear"), QStringLiteral("hubspot")},
                          dir.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(readBack(dir.path(), integrations::Service::HubSpot).isEmpty());
        r = runProspector({QStringLiteral("credentials"), QStringLiteral("status"), QStringLiteral("--json")},
                          dir.path());
        QCOMPARE(serviceStatus(r.out, QStringLiteral("hubspot")).value(QStringLiteral("stored")).toBool(),
                 false);
        QCOMPARE(serviceStatus(r.out, QStringLiteral("lemlist")).value(QStringLiteral("stored")).toBool(),
                 true);

        // Without a service, clear removes them all.
        r = runProspector({QStringLiteral("credentials"), QStringLiteral("clear")}, dir.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(readBack(dir.path(), integrations::Service::Lemlist).isEmpty());
        r = runProspector({QStringLiteral("credentials"), QStringLiteral("status"), QStringLiteral("--json")},
                          dir.path());
        for (const QString &service :
             {QStringLiteral("hubspot"), QStringLiteral("lemlist"), QStringLiteral("explorium")})
            QCOMPARE(serviceStatus(r.out, service).value(QStringLiteral("stored")).toBool(), false);
    }

    void tokenOnTheCommandLineIsRefused() {
        QTemporaryDir dir;
        const QString token = uniqueToken(QStringLiteral("argv-"));
        const auto r = runProspector(
            {QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("explorium"), token},
            dir.path(), token.toUtf8() + "\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("standard input")));
        QVERIFY(!r.err.contains(token) && !r.out.contains(token));
        const auto status = runProspector(
            {QStringLiteral("credentials"), QStringLiteral("status"), QStringLiteral("--json")}, dir.path());
        QCOMPARE(
            serviceStatus(status.out, QStringLiteral("explorium")).value(QStringLiteral("stored")).toBool(),
            false);
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("no action") << QStringList{QStringLiteral("credentials")} << QByteArray();
        QTest::newRow("unknown action")
            << QStringList{QStringLiteral("credentials"), QStringLiteral("show")} << QByteArray();
        QTest::newRow("set without service")
            << QStringList{QStringLiteral("credentials"), QStringLiteral("set")}
            << QByteArray("tok-123456789\n");
        QTest::newRow("unknown service")
            << QStringList{QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("salesforce")}
            << QByteArray("tok-123456789\n");
        QTest::newRow("empty input") << QStringList{QStringLiteral("credentials"), QStringLiteral("set"),
                                                    QStringLiteral("hubspot")}
                                     << QByteArray("\n");
        QTest::newRow("no input") << QStringList{QStringLiteral("credentials"), QStringLiteral("set"),
                                                 QStringLiteral("hubspot")}
                                  << QByteArray();
    }

    void usageErrors() {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QTemporaryDir dir;
        const auto r = runProspector(arguments, dir.path(), input);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void noKeychainMeansNoSilentFallback() {
        QTemporaryDir dir;
        const QString file = dir.filePath(secrets::CredentialStore::insecureFileName());
        const QString token = uniqueToken(QStringLiteral("nokeychain-"));
        const QStringList set = {QStringLiteral("credentials"), QStringLiteral("set"),
                                 QStringLiteral("hubspot")};

        auto r = runProspector(set, dir.path(), token.toUtf8() + "\n", withoutKeychain(dir));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--allow-insecure-storage")), qPrintable(r.err));
        QVERIFY(!QFile::exists(file));
        r = runProspector({QStringLiteral("credentials"), QStringLiteral("status"), QStringLiteral("--json")},
                          dir.path(), {}, withoutKeychain(dir));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value(QStringLiteral("keychain_available"))
                     .toBool(),
                 false);
        QCOMPARE(serviceStatus(r.out, QStringLiteral("hubspot")).value(QStringLiteral("stored")).toBool(),
                 false);

        // The explicit opt-in: warned, owner-only file.
        r = runProspector(set + QStringList{QStringLiteral("--allow-insecure-storage")}, dir.path(),
                          token.toUtf8() + "\n", withoutKeychain(dir));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("WARNING")));
        QVERIFY(QFile::exists(file));
        QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        r = runProspector({QStringLiteral("credentials"), QStringLiteral("status"), QStringLiteral("--json")},
                          dir.path(), {}, withoutKeychain(dir));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value(QStringLiteral("insecure_storage_allowed"))
                     .toBool(),
                 true);
        QCOMPARE(serviceStatus(r.out, QStringLiteral("hubspot")).value(QStringLiteral("location")).toString(),
                 QStringLiteral("file"));

        // The opt-in never applies while a keychain works: with one, new tokens go there...
        const QString second = uniqueToken(QStringLiteral("withkeychain-"));
        r = runProspector({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("lemlist")},
                          dir.path(), second.toUtf8() + "\n");
        QCOMPARE(r.exitCode, 0);
        QFile stored(file);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY(!stored.readAll().contains(second.toUtf8()));
        stored.close();
        QCOMPARE(readBack(dir.path(), integrations::Service::Lemlist), second);
        // ...the token already in the file stays usable...
        QCOMPARE(readBack(dir.path(), integrations::Service::HubSpot), token);
        // ...and saving it again moves it into the keychain and out of the file.
        const QString moved = uniqueToken(QStringLiteral("moved-"));
        r = runProspector(set, dir.path(), moved.toUtf8() + "\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!QFile::exists(file), "the plain copy is gone once the keychain holds the token");
        r = runProspector({QStringLiteral("credentials"), QStringLiteral("status"), QStringLiteral("--json")},
                          dir.path());
        QCOMPARE(serviceStatus(r.out, QStringLiteral("hubspot")).value(QStringLiteral("location")).toString(),
                 QStringLiteral("keychain"));
        QCOMPARE(readBack(dir.path(), integrations::Service::HubSpot), moved);

        // Removing a file-stored token works without the keychain, and takes the file with it.
        r = runProspector(set + QStringList{QStringLiteral("--allow-insecure-storage")}, dir.path(),
                          token.toUtf8() + "\n", withoutKeychain(dir));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(file));
        r = runProspector({QStringLiteral("credentials"), QStringLiteral("clear"), QStringLiteral("hubspot")},
                          dir.path(), {}, withoutKeychain(dir));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!QFile::exists(file), "the last token removed takes the file with it");
        QCOMPARE(runProspector({QStringLiteral("credentials"), QStringLiteral("clear")}, dir.path()).exitCode,
                 0);
    }
};

QTEST_GUILESS_MAIN(TestCredentialsCli)
#include "tst_credentialscli.moc"

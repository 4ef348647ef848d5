// Plants distinctive tokens, runs everything that exists end to end (CLI flows as child processes,
// then the app's own token reads, logging and a "Test connection" whose server echoes the token),
// and scans every file the app could have written — database + WAL, settings (XDG dirs), logs,
// reports/exports — plus every captured stdout/stderr for the token bytes in any common encoding.
// The tokens must be found nowhere, and must still be readable from the keychain (so the test
// proves they were stored, just not leaked).
#include "../support/fakehttpserver.h"
#include "integrations/connectiontester.h"
#include "integrations/servicesettings.h"
#include "leakscanner.h"
#include "logging/logsink.h"
#include "net/clock.h"
#include "prospectorprocess.h"
#include "secrets/credentialstore.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace prospector;
using integrations::Service;
using testing::encodingsOf;
using testing::findLeaks;
using testing::runProspector;

Q_LOGGING_CATEGORY(lcLeakTest, "prospector.test.leak")

namespace {

QString readStored(secrets::CredentialStore &store, Service service) {
    QString token;
    bool done = false;
    const auto c =
        QObject::connect(&store, &secrets::CredentialStore::readFinished, &store,
                         [&](Service s, const QString &t, secrets::CredentialError, const QString &) {
                             if (s != service)
                                 return;
                             token = t;
                             done = true;
                         });
    store.read(service);
    (void)QTest::qWaitFor([&] { return done; }, 20000);
    QObject::disconnect(c);
    return token;
}

} // namespace

class TestSecretLeakScan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_root.isValid());
        m_dataDir = m_root.filePath(QStringLiteral("data"));
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
            const QString dir = m_root.filePath(QString::fromLatin1(var).toLower());
            QVERIFY(QDir().mkpath(dir));
            m_env.insert(QString::fromLatin1(var), dir);
            // This process too: anything it writes through QSettings/QStandardPaths lands in the scan.
            qputenv(var, QFile::encodeName(dir));
        }
        for (Service service : integrations::allServices())
            m_tokens.insert(service,
                            QStringLiteral("LeakCanary%1x%2")
                                .arg(net::serviceKey(service), QUuid::createUuid().toString(QUuid::Id128)));
    }

    void scannerFindsAPlantedToken() {
        // Guards the scan itself: a token written on purpose must be found in each encoding.
        QTemporaryDir control;
        const QString token = m_tokens.value(Service::HubSpot);
        for (const QByteArray &encoded : encodingsOf(token)) {
            QFile file(control.filePath(QStringLiteral("planted.bin")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("prefix" + encoded + "suffix");
            file.close();
            QCOMPARE(findLeaks({control.path()}, {}, {token}).size(), 1);
        }
        QCOMPARE(findLeaks({}, {"x" + token.toUtf8()}, {token}).size(), 1);
    }

    void cliFlowsLeakNothing() {
        const QStringList trace = {QStringLiteral("--log-level"), QStringLiteral("trace")};
        const auto run = [&](const QStringList &arguments, const QByteArray &input = {}) {
            const auto r = runProspector(trace + arguments, m_dataDir, input, m_env);
            m_outputs << r.out.toUtf8() << r.err.toUtf8();
            return r.exitCode;
        };
        for (Service service : integrations::allServices()) {
            const QStringList set = {QStringLiteral("credentials"), QStringLiteral("set"),
                                     net::serviceKey(service)};
            QCOMPARE(run(set, m_tokens.value(service).toUtf8() + "\n"), 0);
        }
        // Setting the same token again (overwrite) and every read-only command there is.
        QCOMPARE(run({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("hubspot")},
                     m_tokens.value(Service::HubSpot).toUtf8() + "\n"),
                 0);
        QCOMPARE(run({QStringLiteral("credentials"), QStringLiteral("status")}), 0);
        QCOMPARE(run({QStringLiteral("credentials"), QStringLiteral("status"), QStringLiteral("--json")}), 0);
        QCOMPARE(run({QStringLiteral("doctor")}), 0);
        QCOMPARE(run({QStringLiteral("doctor"), QStringLiteral("--json")}), 0);
        QCOMPARE(run({QStringLiteral("list")}), 0);
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--json")}), 0);

        // Commands other areas add (import, export) are run when this build has them, so the scan
        // covers their files too; their own tests judge their results.
        const QString help = runProspector({QStringLiteral("--help")}, m_dataDir, {}, m_env).out;
        if (help.contains(QStringLiteral("\n  import "))) {
            const QString csv = m_root.filePath(QStringLiteral("prospects.csv"));
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("first_name,last_name,email,company\nAda,Lovelace,ada@analytical.io,Analytical\n");
            file.close();
            run({QStringLiteral("import"), csv});
        }
        if (help.contains(QStringLiteral("\n  export "))) {
            run({QStringLiteral("export"), QStringLiteral("--output"),
                 QDir(m_dataDir).filePath(QStringLiteral("reports/export.csv"))});
            run({QStringLiteral("export")});
        }
    }

    void appReadsLogsAndConnectionTestsLeakNothing() {
        storage::Database database(QDir(m_dataDir).filePath(QStringLiteral("prospector.db")));
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        logging::LogOptions options;
        options.logDir = QDir(m_dataDir).filePath(QStringLiteral("logs"));
        options.level = QStringLiteral("trace");
        options.console = false;
        QVERIFY2(logging::installLogSink(options, &error), qPrintable(error));
        QLoggingCategory::setFilterRules(QStringLiteral("prospector.*=true"));

        storage::SettingsRepository settings(database);
        secrets::CredentialIndex index(settings);
        secrets::CredentialStore store(index, {QStringLiteral("Prospector"), {}});
        integrations::ServiceSettings serviceSettings(settings);
        testing::FakeHttpServer server;
        QNetworkAccessManager network;
        integrations::ConnectionTester tester(store, serviceSettings, &network, net::SystemClock::instance());

        for (Service service : integrations::allServices()) {
            const QString token = m_tokens.value(service);
            // Stored by the CLI runs above: the keychain has it.
            QCOMPARE(readStored(store, service), token);
            // Careless logging in any shape is masked because the read registered the token.
            qCInfo(lcLeakTest) << "token" << token;
            qCDebug(lcLeakTest).noquote() << "header Authorization: Bearer" << token;
            qCWarning(lcLeakTest).noquote() << QStringLiteral(R"({"api_key":"%1"})").arg(token);

            // A server that echoes the credential in an error body, logged by the HTTP layer.
            QVERIFY(serviceSettings.setBaseUrl(service, QUrl(server.baseUrl()), &error));
            server.respond(401, QByteArray(R"({"message":"invalid key )" + token.toUtf8() + R"("})"));
            bool done = false;
            QString outcome;
            const auto c = connect(&tester, &integrations::ConnectionTester::finished, this,
                                   [&](Service, const QString &o, const QString &) {
                                       outcome = o;
                                       done = true;
                                   });
            tester.test(service);
            QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
            disconnect(c);
            QCOMPARE(outcome, QStringLiteral("auth"));
            // The request did carry the token (so it was there to leak).
            QVERIFY(server.requests().constLast().contains(
                service == Service::Lemlist ? QByteArray(':' + token.toUtf8()).toBase64() : token.toUtf8()));
        }
        logging::shutdownLogSink();
    }

    void nothingLeaked() {
        QStringList roots = {m_dataDir};
        for (const QString &key : m_env.keys())
            roots << m_env.value(key);
        // The scan must have had something to look at.
        QVERIFY(QFile::exists(QDir(m_dataDir).filePath(QStringLiteral("prospector.db"))));
        QVERIFY(!QDir(QDir(m_dataDir).filePath(QStringLiteral("logs"))).entryList(QDir::Files).isEmpty());
        const QStringList leaks = findLeaks(roots, m_outputs, m_tokens.values());
        QVERIFY2(leaks.isEmpty(),
                 qPrintable(QStringLiteral("token found in: ") + leaks.join(QStringLiteral(", "))));
    }

    void cleanupTestCase() {
        runProspector({QStringLiteral("credentials"), QStringLiteral("clear")}, m_dataDir, {}, m_env);
    }

private:
    QTemporaryDir m_root;
    QString m_dataDir;
    QProcessEnvironment m_env;
    QMap<Service, QString> m_tokens;
    QList<QByteArray> m_outputs;
};

QTEST_GUILESS_MAIN(TestSecretLeakScan)
#include "tst_secretleakscan.moc"

// "Test connection" end to end on loopback: the token (typed or from the real keychain) goes out
// with the service's auth scheme to the configured base URL, and each failure kind comes back
// as its own outcome with a message.
#include "../../support/fakehttpserver.h"
#include "integrations/connectiontester.h"
#include "integrations/servicesettings.h"
#include "net/clock.h"
#include "secrets/credentialstore.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace prospector;
using integrations::ConnectionTester;
using integrations::Service;
using testing::FakeHttpServer;

namespace {

struct Result {
    QString outcome;
    QString message;
};

} // namespace

class TestConnectionTester : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<storage::Database>(m_dir->filePath(QStringLiteral("p.db")));
        QString error;
        QVERIFY(m_database->open(&error));
        m_settings = std::make_unique<storage::SettingsRepository>(*m_database);
        m_serviceSettings = std::make_unique<integrations::ServiceSettings>(*m_settings);
        m_index = std::make_unique<secrets::CredentialIndex>(*m_settings);
        m_store = std::make_unique<secrets::CredentialStore>(
            *m_index,
            secrets::CredentialStore::Options{
                QStringLiteral("ProspectorTest-") + QUuid::createUuid().toString(QUuid::Id128), {}});
        m_tester = std::make_unique<ConnectionTester>(*m_store, *m_serviceSettings, &m_network,
                                                      net::SystemClock::instance());
        for (Service s : integrations::allServices())
            QVERIFY(m_serviceSettings->setBaseUrl(s, QUrl(m_server.baseUrl()), &error));
    }

    void cleanup() {
        m_tester.reset();
        m_store.reset();
    }

    void typedTokenSucceeds() {
        m_server.respond(200, R"({"results":[]})");
        const Result r = run(Service::HubSpot, QStringLiteral("pat-na1-typed-token-0001"));
        QCOMPARE(r.outcome, QStringLiteral("ok"));
        QVERIFY(!r.message.isEmpty());
        const QByteArray head = m_server.requests().constLast();
        QVERIFY2(head.startsWith("GET /crm/v3/objects/contacts?limit=1 "), head.constData());
        QVERIFY(head.contains("Authorization: Bearer pat-na1-typed-token-0001"));
    }

    void eachFailureKindIsReported_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("401") << 401 << QByteArray(R"({"details":"bad key"})")
                             << QByteArray("application/json") << QStringLiteral("auth");
        QTest::newRow("403") << 403 << QByteArray(R"({"details":"scope"})") << QByteArray("application/json")
                             << QStringLiteral("permission");
        QTest::newRow("500") << 500 << QByteArray(R"({"details":"boom"})") << QByteArray("application/json")
                             << QStringLiteral("server");
        QTest::newRow("html 200") << 200 << QByteArray("<html>captive portal</html>")
                                  << QByteArray("text/html") << QStringLiteral("malformed_response");
    }

    void eachFailureKindIsReported() {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, outcome);
        m_server.respond(status, body, contentType);
        const Result r = run(Service::Explorium, QStringLiteral("explorium-typed-key-0002"));
        QCOMPARE(r.outcome, outcome);
        QVERIFY(r.message.contains(QStringLiteral("Explorium")));
        QVERIFY(m_server.requests().constLast().contains("api_key: explorium-typed-key-0002"));
    }

    void unreachableServerIsANetworkError() {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QString error;
        QVERIFY(m_serviceSettings->setBaseUrl(Service::Lemlist,
                                              QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), &error));
        const Result r = run(Service::Lemlist, QStringLiteral("lemlist-typed-key-0003"));
        QCOMPARE(r.outcome, QStringLiteral("network"));
    }

    void storedTokenIsUsedWhenNoneIsTyped() {
        const Result missing = run(Service::Lemlist, {});
        QCOMPARE(missing.outcome, ConnectionTester::missingTokenOutcome());
        QVERIFY(missing.message.contains(QStringLiteral("lemlist")));

        bool written = false;
        connect(m_store.get(), &secrets::CredentialStore::writeFinished, this,
                [&](Service, secrets::CredentialError e, const QString &) {
                    written = e == secrets::CredentialError::None;
                });
        m_store->write(Service::Lemlist, QStringLiteral("lemlist-stored-key-0004"));
        QTRY_VERIFY_WITH_TIMEOUT(written, 20000);

        m_server.respond(200, R"({"_id":"tea_1","name":"Team"})");
        const Result r = run(Service::Lemlist, {});
        QCOMPARE(r.outcome, QStringLiteral("ok"));
        const QByteArray head = m_server.requests().constLast();
        QVERIFY2(head.startsWith("GET /team "), head.constData());
        // lemlist: HTTP Basic with an empty user and the key as password.
        QVERIFY(head.contains(
            QByteArray("Authorization: Basic " + QByteArray(":lemlist-stored-key-0004").toBase64())));

        bool removed = false;
        connect(m_store.get(), &secrets::CredentialStore::removeFinished, this,
                [&](Service, secrets::CredentialError, const QString &) { removed = true; });
        m_store->remove(Service::Lemlist);
        QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
    }

private:
    Result run(Service service, const QString &token) {
        Result result;
        bool done = false;
        const auto c = connect(m_tester.get(), &ConnectionTester::finished, this,
                               [&](Service s, const QString &outcome, const QString &message) {
                                   if (s != service)
                                       return;
                                   result = {outcome, message};
                                   done = true;
                               });
        m_tester->test(service, token);
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            result.outcome = QStringLiteral("no answer");
        disconnect(c);
        return result;
    }

    FakeHttpServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<storage::SettingsRepository> m_settings;
    std::unique_ptr<integrations::ServiceSettings> m_serviceSettings;
    std::unique_ptr<secrets::CredentialIndex> m_index;
    std::unique_ptr<secrets::CredentialStore> m_store;
    std::unique_ptr<ConnectionTester> m_tester;
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"

#include "hubspot/hubspotclient.h"
#include "lemlist/lemlistclient.h"
#include "net/clock.h"
#include "net/httpclient.h"
#include "sandboxserver.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "sync/clock.h"
#include "sync/hubspotcontactsync.h"
#include "sync/lemlistenrollmentsync.h"
#include "sync/outboxrepository.h"
#include "sync/retryschedule.h"
#include "sync/syncengine.h"
#include "sync/syncrequester.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;
using namespace prospector::sync;
using sandbox::FaultKind;
using sandbox::FaultRule;

// The pipeline from the outbox to the simulators over real loopback HTTP, with faults injected
// in the middle of it; the assertions are on the simulators' final state: every contact and every
// lead exists exactly once, and nothing queued is lost.
class TestSyncSandbox : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Pipeline {
        explicit Pipeline(const QString &file)
            : db(file) {}
        storage::Database db;
        sandbox::SandboxServer server;
        SystemClock clock;
        RetrySchedule schedule{RetryConfig{20, 200, 12}};
        OutboxRepository outbox{db, clock, schedule};
        QNetworkAccessManager network;
        std::unique_ptr<net::HttpClient> hubspotHttp;
        std::unique_ptr<net::HttpClient> lemlistHttp;
        std::unique_ptr<hubspot::HubSpotClient> hubspotClient;
        std::unique_ptr<lemlist::LemlistClient> lemlistClient;
        std::unique_ptr<HubSpotContactSync> hubspotSync;
        std::unique_ptr<LemlistEnrollmentSync> lemlistSync;
        QString campaign;
        QList<qint64> ids;

        bool setUp(int prospects, QString *error) {
            if (!db.open(error) || !server.listen({}, error))
                return false;
            campaign = server.lemlist().addCampaign(QStringLiteral("Q1 outbound"));
            hubspotHttp = std::make_unique<net::HttpClient>(
                net::ServiceEndpoint{net::Service::HubSpot, server.hubspotUrl(),
                                     [] {
                                         return QStringLiteral("sandbox-hubspot-token");
                                     }},
                &network, net::SystemClock::instance());
            lemlistHttp = std::make_unique<net::HttpClient>(
                net::ServiceEndpoint{net::Service::Lemlist, server.lemlistUrl(),
                                     [] {
                                         return QStringLiteral("sandbox-lemlist-key");
                                     }},
                &network, net::SystemClock::instance());
            // Quick in-request retries, and server-requested waits (whole seconds) left to the outbox's
            // schedule, so the test stays fast; the outbox handles the rest.
            const net::RetryPolicy quick(net::RetrySettings{2, 5, 20, 10});
            hubspotHttp->setRetryPolicy(quick);
            lemlistHttp->setRetryPolicy(quick);
            hubspotClient = std::make_unique<hubspot::HubSpotClient>(hubspotHttp.get());
            lemlistClient = std::make_unique<lemlist::LemlistClient>(lemlistHttp.get());
            hubspotSync = std::make_unique<HubSpotContactSync>(db, outbox, *hubspotClient, clock);
            lemlistSync = std::make_unique<LemlistEnrollmentSync>(db, outbox, *lemlistClient, clock);

            storage::ProspectRepository repo(db);
            for (int i = 0; i < prospects; ++i) {
                storage::Prospect p;
                p.email = QStringLiteral("lead%1@example.org").arg(i);
                p.firstName = QStringLiteral("Lead");
                p.lastName = QString::number(i);
                p.companyName = QStringLiteral("Example");
                p.stage = QStringLiteral("qualified");
                const qint64 id = repo.insert(p, error);
                if (id == 0)
                    return false;
                ids << id;
            }
            SyncRequester requester(db, outbox, clock);
            SyncRequester::Report hubspotReport, lemlistReport;
            return requester.requestHubSpotSync(ids, &hubspotReport, error) &&
                   requester.requestEnrollment(campaign, ids, &lemlistReport, error);
        }

        bool runToCompletion(int expectedDone) {
            SyncEngine engine(outbox, clock, {hubspotSync.get(), lemlistSync.get()});
            engine.setOfflineProbeIntervalMs(100);
            if (!engine.start())
                return false;
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < 60'000) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
                if (outbox.countsByState().value(QStringLiteral("done")) == expectedDone && !engine.isBusy())
                    break;
            }
            engine.stop();
            while (engine.isBusy())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            return outbox.countsByState().value(QStringLiteral("done")) == expectedDone;
        }

        void assertExactlyOnce() {
            QCOMPARE(server.hubspot().contacts().records.size(), qsizetype(ids.size()));
            QCOMPARE(server.lemlist().leads().size(), qsizetype(ids.size()));
            storage::ProspectRepository repo(db);
            for (qint64 id : std::as_const(ids)) {
                const auto p = repo.get(id);
                QVERIFY(p);
                const auto contact = server.hubspot().contactByEmail(p->email);
                QVERIFY2(contact, qPrintable(p->email));
                QCOMPARE(p->hubspotId, QString::number(contact->id));
                const auto leads = server.lemlist().leadsFor(p->email);
                QCOMPARE(leads.size(), 1);
                QCOMPARE(leads.first().campaignId, campaign);
                QCOMPARE(p->lemlistLeadId, leads.first().id);
                QCOMPARE(p->stage, QStringLiteral("enrolled"));
            }
            int contactsPerEmail = 0;
            QSet<QString> emails;
            for (const auto &record : server.hubspot().contacts().records) {
                emails.insert(record.properties.value(QStringLiteral("email")).toLower());
                ++contactsPerEmail;
            }
            QCOMPARE(emails.size(), contactsPerEmail);
            QVERIFY(outbox.deadLetters().isEmpty());
        }
    };

    std::unique_ptr<Pipeline> pipeline(int prospects) {
        auto p = std::make_unique<Pipeline>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        if (!p->setUp(prospects, &error))
            qFatal("%s", qPrintable(error));
        return p;
    }

    static FaultRule rule(const char *service, const char *method, const char *path, FaultKind kind,
                          int times, bool apply, int skip = 0, int status = 500) {
        FaultRule r;
        r.service = QString::fromLatin1(service);
        r.method = QString::fromLatin1(method);
        r.pathPrefix = QString::fromLatin1(path);
        r.kind = kind;
        r.times = times;
        r.applyRequest = apply;
        r.skip = skip;
        r.status = status;
        return r;
    }

private Q_SLOTS:
    void cleanRun() {
        auto p = pipeline(30);
        QVERIFY(p->runToCompletion(60));
        p->assertExactlyOnce();
    }

    void everyFaultKindStillGivesExactlyOnce_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("apply");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("times");
        QTest::newRow("5xx") << int(FaultKind::Status) << false << 503 << 3;
        QTest::newRow("5xx after applying") << int(FaultKind::Status) << true << 500 << 3;
        QTest::newRow("429 burst") << int(FaultKind::RateLimit) << false << 429
                                   << 1; // HubSpot asks for 10 s per 429
        QTest::newRow("reset before applying") << int(FaultKind::Reset) << false << 0 << 3;
        QTest::newRow("reset after applying") << int(FaultKind::Reset) << true << 0 << 3;
        QTest::newRow("truncated body") << int(FaultKind::Truncate) << true << 0 << 3;
        QTest::newRow("HTML 502") << int(FaultKind::HtmlBadGateway) << false << 502 << 3;
        QTest::newRow("malformed JSON") << int(FaultKind::MalformedJson) << true << 0 << 3;
    }

    void everyFaultKindStillGivesExactlyOnce() {
        QFETCH(int, kind);
        QFETCH(bool, apply);
        QFETCH(int, status);
        QFETCH(int, times);
        auto p = pipeline(25);
        // Hit the write paths of both services, several times, at different points of the run.
        p->server.faults().add(rule("hubspot", "POST", "/crm/v3/objects/contacts/batch/upsert",
                                    FaultKind(kind), times, apply, 0, status));
        p->server.faults().add(
            rule("lemlist", "POST", "/api/campaigns/", FaultKind(kind), times + 1, apply, 2, status));
        p->server.faults().add(
            rule("lemlist", "POST", "/campaigns/", FaultKind(kind), times + 1, apply, 2, status));
        QVERIFY(p->runToCompletion(50));
        p->assertExactlyOnce();
    }

    void offlineThenOnline() {
        auto p = pipeline(10);
        // Nothing answers for a while: every call fails at the connection level.
        p->server.faults().add(rule("*", "", "", FaultKind::Reset, 12, false));
        QVERIFY(p->runToCompletion(20));
        p->assertExactlyOnce();
    }
};

QTEST_GUILESS_MAIN(TestSyncSandbox)
#include "tst_syncsandbox.moc"

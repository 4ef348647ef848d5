#include "hubspot/hubspotclient.h"
#include "integrations/servicesettings.h"
#include "lemlist/lemlistclient.h"
#include "net/circuitbreaker.h"
#include "net/clock.h"
#include "sandboxserver.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "storage/settingsrepository.h"
#include "sync/clock.h"
#include "sync/hubspotassociationsync.h"
#include "sync/hubspotcompanysync.h"
#include "sync/hubspotcontactsync.h"
#include "sync/hubspotrecordlinks.h"
#include "sync/lemlistenrollmentsync.h"
#include "sync/outboxrepository.h"
#include "sync/retryschedule.h"
#include "sync/servicehttpclients.h"
#include "sync/syncengine.h"
#include "sync/syncrequester.h"

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
    static constexpr int kDomains = 4;

    struct Pipeline {
        explicit Pipeline(const QString &file)
            : db(file) {}
        storage::Database db;
        sandbox::SandboxServer server;
        SystemClock clock;
        RetrySchedule schedule{RetryConfig{20, 200, 12}};
        OutboxRepository outbox{db, clock, schedule};
        std::unique_ptr<ServiceHttpClients> connections;
        std::unique_ptr<hubspot::HubSpotClient> hubspotClient;
        std::unique_ptr<lemlist::LemlistClient> lemlistClient;
        std::unique_ptr<HubSpotCompanySync> companySync;
        std::unique_ptr<HubSpotContactSync> contactSync;
        std::unique_ptr<HubSpotAssociationSync> associationSync;
        std::unique_ptr<LemlistEnrollmentSync> lemlistSync;
        QString campaign;
        QList<qint64> ids;

        bool setUp(int prospects, QString *error) {
            if (!db.open(error) || !server.listen({}, error))
                return false;
            // Real limits, 20x faster: HubSpot's 10 s window (and its 429 wait) becomes 0.5 s; the
            // client learns the window from X-HubSpot-RateLimit-Interval-Milliseconds.
            server.setTimeScale(0.05);
            campaign = server.lemlist().addCampaign(QStringLiteral("Q1 outbound"));
            // The clients the headless runs use: one ServiceConnection per service (rate limiter,
            // circuit breaker, retries), pointed at the sandbox through the saved settings.
            storage::SettingsRepository settingsRepository(db);
            integrations::ServiceSettings settings(settingsRepository);
            if (!settings.setBaseUrl(net::Service::HubSpot, server.hubspotUrl(), error) ||
                !settings.setBaseUrl(net::Service::Lemlist, server.lemlistUrl(), error))
                return false;
            // lemlist names no window length the client could learn: a larger budget on both sides
            // (as the rep may set in Settings) keeps one-request-per-lead enrollment quick.
            server.lemlist().config().rateLimit = 200;
            if (!settings.setRateLimit(net::Service::Lemlist, 200, error))
                return false;
            ServiceHttpClients::Options options;
            // A short open period, so a breaker that opens on a fault burst closes again quickly.
            options.breaker = net::CircuitBreaker::Settings{5, 200};
            // Quick in-request retries, and server-requested waits (whole seconds) left to the
            // outbox's schedule, so the test stays fast; the outbox handles the rest.
            options.retry = net::RetrySettings{2, 5, 20, 10};
            options.timeoutCapMs = 600; // "hang" faults time out quickly
            connections = std::make_unique<ServiceHttpClients>(
                db,
                [](net::Service service) {
                    return service == net::Service::HubSpot ? QStringLiteral("sandbox-hubspot-token")
                                                            : QStringLiteral("sandbox-lemlist-key");
                },
                options);
            hubspotClient =
                std::make_unique<hubspot::HubSpotClient>(connections->client(net::Service::HubSpot));
            lemlistClient =
                std::make_unique<lemlist::LemlistClient>(connections->client(net::Service::Lemlist));
            companySync = std::make_unique<HubSpotCompanySync>(db, outbox, *hubspotClient, clock);
            companySync->setSearchSettleMs(300);
            contactSync = std::make_unique<HubSpotContactSync>(db, outbox, *hubspotClient, clock);
            contactSync->setMaxBatchesInFlight(3);
            associationSync = std::make_unique<HubSpotAssociationSync>(db, outbox, *hubspotClient, clock);
            lemlistSync = std::make_unique<LemlistEnrollmentSync>(db, outbox, *lemlistClient, clock);

            storage::ProspectRepository repo(db);
            for (int i = 0; i < prospects; ++i) {
                storage::Prospect p;
                p.email = QStringLiteral("lead%1@example.org").arg(i);
                p.firstName = QStringLiteral("Lead");
                p.lastName = QString::number(i);
                p.companyName = QStringLiteral("Company %1").arg(i % kDomains);
                p.companyDomain = QStringLiteral("company%1.example").arg(i % kDomains);
                p.title = QStringLiteral("Head of Ops");
                p.stage = QStringLiteral("qualified");
                p.scoreReasons = {QStringLiteral("Title matches"), QStringLiteral("Company size 51-200")};
                p.customFields = {{QStringLiteral("plan"), QStringLiteral("Pro")},
                                  {QStringLiteral("seats"), 25},
                                  {QStringLiteral("trial"), true}};
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

        int remaining() const {
            const QHash<QString, int> counts = outbox.countsByState();
            return counts.value(QStringLiteral("queued")) + counts.value(QStringLiteral("in_flight")) +
                   counts.value(QStringLiteral("unknown"));
        }

        bool runToCompletion() {
            SyncEngine engine(
                outbox, clock,
                {companySync.get(), contactSync.get(), associationSync.get(), lemlistSync.get()});
            engine.setOfflineProbeIntervalMs(100);
            if (!engine.start())
                return false;
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < 90'000) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
                if (remaining() == 0 && !engine.isBusy())
                    break;
            }
            engine.stop();
            while (engine.isBusy())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            return remaining() == 0;
        }

        void assertExactlyOnce() {
            QCOMPARE(server.hubspot().contacts().records.size(), qsizetype(ids.size()));
            QCOMPARE(server.hubspot().companies().records.size(), qsizetype(kDomains));
            QCOMPARE(server.lemlist().leads().size(), qsizetype(ids.size()));
            QHash<QString, qint64> companyByDomain;
            for (const auto &company : server.hubspot().companies().records)
                companyByDomain.insert(company.properties.value(QStringLiteral("domain")), company.id);
            QCOMPARE(companyByDomain.size(), kDomains); // one record per domain, none twice
            storage::ProspectRepository repo(db);
            for (qint64 id : std::as_const(ids)) {
                const auto p = repo.get(id);
                QVERIFY(p);
                const auto contact = server.hubspot().contactByEmail(p->email);
                QVERIFY2(contact, qPrintable(p->email));
                QCOMPARE(p->hubspotId, QString::number(contact->id));
                QVERIFY2(server.hubspot()
                             .associationTypes(contact->id, companyByDomain.value(p->companyDomain))
                             .contains(279),
                         qPrintable(p->email));
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
        QVERIFY(p->runToCompletion());
        p->assertExactlyOnce();
        // lemlist got the personalization variables the campaign's templates use.
        const auto lead = p->server.lemlist().leadsFor(QStringLiteral("lead0@example.org")).first();
        QCOMPARE(lead.variables.value(QStringLiteral("firstName")), QStringLiteral("Lead"));
        QCOMPARE(lead.variables.value(QStringLiteral("companyName")), QStringLiteral("Company 0"));
        QCOMPARE(lead.variables.value(QStringLiteral("jobTitle")), QStringLiteral("Head of Ops"));
        QCOMPARE(lead.variables.value(QStringLiteral("plan")), QStringLiteral("Pro"));
        QCOMPARE(lead.variables.value(QStringLiteral("seats")), QStringLiteral("25"));
        QCOMPARE(lead.variables.value(QStringLiteral("trial")), QStringLiteral("true"));
        QCOMPARE(lead.variables.value(QStringLiteral("scoreReasons")),
                 QStringLiteral("Title matches; Company size 51-200"));
        // Companies first, so every contact was created already associated: no association calls.
        QCOMPARE(p->server.hubspot().counters().byRoute.value(
                     QStringLiteral("POST /crm/v4/associations/contacts/companies/batch/associate/default")),
                 0);
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
        QTest::newRow("timeout after applying") << int(FaultKind::Hang) << true << 0 << 2;
    }

    void everyFaultKindStillGivesExactlyOnce() {
        QFETCH(int, kind);
        QFETCH(bool, apply);
        QFETCH(int, status);
        QFETCH(int, times);
        auto p = pipeline(25);
        // Hit the write and read paths of both services, several times, at different points of the run.
        p->server.faults().add(
            rule("hubspot", "POST", "/crm/v3/objects/companies/", FaultKind(kind), times, apply, 0, status));
        p->server.faults().add(rule("hubspot", "POST", "/crm/v3/objects/contacts/batch/", FaultKind(kind),
                                    times, apply, 0, status));
        p->server.faults().add(
            rule("lemlist", "POST", "/api/campaigns/", FaultKind(kind), times + 1, apply, 2, status));
        p->server.faults().add(
            rule("lemlist", "POST", "/campaigns/", FaultKind(kind), times + 1, apply, 2, status));
        QVERIFY(p->runToCompletion());
        p->assertExactlyOnce();
    }

    void offlineThenOnline() {
        auto p = pipeline(10);
        // Nothing answers for a while: every call fails at the connection level, the breakers open.
        p->server.faults().add(rule("*", "", "", FaultKind::Reset, 12, false));
        QVERIFY(p->runToCompletion());
        p->assertExactlyOnce();
    }

    void companySyncedLateIsAssociatedAfterwards() {
        auto p = pipeline(8);
        // The company searches fail for good: the company operation dies, its contacts go ahead.
        p->server.faults().add(rule("hubspot", "POST", "/crm/v3/objects/companies/search", FaultKind::Status,
                                    -1, false, 0, 400));
        QVERIFY(p->runToCompletion());
        QCOMPARE(p->outbox.deadLetters().size(), kDomains);
        QCOMPARE(p->server.hubspot().companies().records.size(), 0);
        QCOMPARE(p->server.hubspot().contacts().records.size(), 8);
        // The rep retries them from the Problems page: companies are created, and the contacts
        // already in HubSpot get their association through its own operation.
        p->server.faults().clear();
        for (const OutboxOperation &dead : p->outbox.deadLetters())
            QVERIFY(p->outbox.retryDead(dead.id));
        QVERIFY(p->runToCompletion());
        p->assertExactlyOnce();
        QVERIFY(p->server.hubspot().counters().byRoute.value(QStringLiteral(
                    "POST /crm/v4/associations/contacts/companies/batch/associate/default")) > 0);
    }

    void existingCompanyIsFoundNotDuplicated() {
        auto p = pipeline(4);
        // A colleague created two records for the same domain before us: the older one is used.
        const qint64 older =
            p->server.hubspot().seedCompany({{QStringLiteral("domain"), QStringLiteral("company1.example")},
                                             {QStringLiteral("name"), QStringLiteral("Co")}});
        p->server.hubspot().seedCompany({{QStringLiteral("domain"), QStringLiteral("company1.example")}});
        QVERIFY(p->runToCompletion());
        QCOMPARE(p->server.hubspot().companies().records.size(),
                 qsizetype(kDomains + 1)); // nothing created for it
        const auto p1 = storage::ProspectRepository(p->db).get(p->ids.at(1));
        const auto contact = p->server.hubspot().contactByEmail(p1->email);
        QVERIFY(p->server.hubspot().associationTypes(contact->id, older).contains(279));
        QCOMPARE(HubSpotRecordLinks::forCompany(p->db, QStringLiteral("company1.example")),
                 QStringLiteral("https://app.hubspot.com/contacts/4242/record/0-2/%1").arg(older));
        QCOMPARE(HubSpotRecordLinks::forProspect(p->db, p->ids.at(1)),
                 QStringLiteral("https://app.hubspot.com/contacts/4242/record/0-1/%1").arg(contact->id));
    }

    void unknownCompanyCreateWaitsForTheSearchIndex() {
        auto p = pipeline(4);
        // Fresh writes show in search only after 2 s, and the first create times out after the
        // sandbox applied it: the search must not be believed before the settle period, or every
        // company would be created twice (HubSpot has no unique company domain to refuse it).
        p->server.hubspot().config().searchIndexDelayMs = 2000;
        p->companySync->setSearchSettleMs(2500);
        p->server.faults().add(
            rule("hubspot", "POST", "/crm/v3/objects/companies/batch/create", FaultKind::Hang, 1, true));
        QVERIFY(p->runToCompletion());
        p->assertExactlyOnce();
        QCOMPARE(p->server.hubspot().counters().byRoute.value(
                     QStringLiteral("POST /crm/v3/objects/companies/batch/create")),
                 1); // the search found it in the end: never sent again
    }
};

QTEST_GUILESS_MAIN(TestSyncSandbox)
#include "tst_syncsandbox.moc"

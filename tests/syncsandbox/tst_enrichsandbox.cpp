#include "explorium/exploriumclient.h"
#include "net/clock.h"
#include "net/httpclient.h"
#include "sandboxserver.h"
#include "storage/activityrepository.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "sync/clock.h"
#include "sync/creditledger.h"
#include "sync/enrichmentcalllog.h"
#include "sync/enrichmentrequester.h"
#include "sync/enrichmentsettings.h"
#include "sync/enrichmentstatus.h"
#include "sync/exploriumenrichmentsync.h"
#include "sync/outboxrepository.h"
#include "sync/retryschedule.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;
using namespace prospector::sync;
using sandbox::ExploriumSimulator;
using sandbox::FaultKind;
using sandbox::FaultRule;

// Enrichment from the outbox to the Explorium simulator over real loopback HTTP: what is stored
// locally, what the cache saves, where the budget stops, and - with faults injected into the
// paid call - that every prospect is paid for at most once and none is lost.
class TestEnrichSandbox : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    static constexpr int kMatched = 10;  // lead0..9 at three companies
    static constexpr int kCompanies = 3; // acme.com, globex.com, initech.com

    struct Pipeline {
        explicit Pipeline(const QString &file)
            : db(file) {}
        storage::Database db;
        sandbox::SandboxServer server;
        SystemClock clock;
        RetrySchedule schedule{RetryConfig{20, 200, 12}};
        OutboxRepository outbox{db, clock, schedule};
        QNetworkAccessManager network;
        std::unique_ptr<net::HttpClient> http;
        std::unique_ptr<explorium::ExploriumClient> client;
        std::unique_ptr<ExploriumEnrichmentSync> drain;
        QList<qint64> ids;
        QString pauseReason;

        bool setUp(QString *error) {
            if (!db.open(error) || !server.listen({}, error))
                return false;
            http = std::make_unique<net::HttpClient>(
                net::ServiceEndpoint{net::Service::Explorium, server.exploriumUrl(),
                                     [] {
                                         return QStringLiteral("sandbox-explorium-key");
                                     }},
                &network, net::SystemClock::instance());
            http->setRetryPolicy(net::RetryPolicy(net::RetrySettings{2, 5, 20, 10}));
            // A hanging call times out soon, yet a slow answer on a loaded machine is not taken for one.
            http->setTimeoutCapMs(5000);
            client = std::make_unique<explorium::ExploriumClient>(http.get());
            drain = std::make_unique<ExploriumEnrichmentSync>(db, outbox, *client, clock);
            EnrichmentSettings settings;
            settings.creditBudget = 100000;
            settings.includePhone = true;
            if (!settings.save(db, error))
                return false;

            storage::ProspectRepository repo(db);
            const QStringList domains = {QStringLiteral("acme.com"), QStringLiteral("globex.com"),
                                         QStringLiteral("initech.com")};
            for (int i = 0; i < kMatched + 2; ++i) {
                storage::Prospect p;
                const bool unknown = i >= kMatched; // nobody Explorium knows
                const QString domain = unknown ? QStringLiteral("nowhere.invalid") : domains.at(i % 3);
                p.email = QStringLiteral("lead%1@%2").arg(i).arg(domain);
                p.firstName = QStringLiteral("Lead");
                p.lastName = QString::number(i);
                p.companyName = domain.section(QLatin1Char('.'), 0, 0);
                p.companyDomain = domain;
                if (i == 0) {
                    p.phone = QStringLiteral("+44 20 7946 0000"); // typed by the rep: never overwritten
                    p.industry = QStringLiteral("Explosives");
                }
                const qint64 id = repo.insert(p, error);
                if (id == 0)
                    return false;
                ids << id;
            }
            return true;
        }

        bool request(EnrichmentRequester::Report *report = nullptr) {
            EnrichmentRequester requester(db, outbox, clock);
            EnrichmentRequester::Report local;
            QString error;
            const bool ok =
                requester.request(review::BulkTarget::ofIds(ids), report ? report : &local, &error);
            if (!ok)
                qWarning() << error;
            return ok;
        }

        int pending() {
            const QHash<QString, int> counts = outbox.countsByState(QStringLiteral("explorium"));
            return counts.value(QStringLiteral("queued")) + counts.value(QStringLiteral("in_flight")) +
                   counts.value(QStringLiteral("unknown"));
        }

        // Drains until nothing is pending or the service paused; false on a 60 s timeout.
        bool run() {
            SyncEngine engine(outbox, clock, {drain.get()});
            engine.setOfflineProbeIntervalMs(100);
            QObject::connect(&engine, &SyncEngine::servicePaused, &engine,
                             [this](const QString &, const QString &reason) { pauseReason = reason; });
            if (!engine.start())
                return false;
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < 60'000) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
                if (!engine.isBusy() && (pending() == 0 || engine.isPaused(QStringLiteral("explorium"))))
                    break;
            }
            engine.stop();
            while (engine.isBusy())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            return pending() == 0 || !pauseReason.isEmpty();
        }

        qint64 ledgerTotal() {
            return CreditLedger(db, clock).spentSince(QStringLiteral("explorium"), 0).value_or(-1);
        }

        int activities(qint64 prospectId, const QString &kind) {
            int n = 0;
            for (const storage::Activity &a : storage::ActivityRepository(db).forProspect(prospectId))
                n += a.kind == kind ? 1 : 0;
            return n;
        }

        int deadLetters(const QString &kind) {
            int n = 0;
            for (const OutboxOperation &op : outbox.deadLetters(QStringLiteral("explorium")))
                n += op.failureKind == kind ? 1 : 0;
            return n;
        }

        int route(const char *route) {
            return server.explorium().counters().byRoute.value(QLatin1String(route));
        }
    };

    std::unique_ptr<Pipeline> pipeline() {
        auto p = std::make_unique<Pipeline>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        if (!p->setUp(&error))
            qFatal("%s", qPrintable(error));
        return p;
    }

    static FaultRule rule(const char *path, FaultKind kind, int times, bool apply, int status = 500) {
        FaultRule r;
        r.service = QStringLiteral("explorium");
        r.method = QStringLiteral("POST");
        r.pathPrefix = QString::fromLatin1(path);
        r.kind = kind;
        r.times = times;
        r.applyRequest = apply;
        r.status = status;
        return r;
    }

    // Each of the first kMatched prospects was paid for exactly once and is enriched locally once.
    static void assertEnrichedOnce(Pipeline &p) {
        QCOMPARE(p.server.explorium().enrichedRecords(), kMatched + kCompanies);
        QCOMPARE(p.ledgerTotal(), qint64(p.server.explorium().creditsUsed()));
        QCOMPARE(p.server.explorium().creditsUsed(), kMatched * 5 + kCompanies * 1);
        storage::ProspectRepository repo(p.db);
        for (int i = 0; i < p.ids.size(); ++i) {
            const auto prospect = repo.get(p.ids.at(i));
            QVERIFY(prospect);
            const bool matched = i < kMatched;
            QCOMPARE(prospect->stage, matched ? QStringLiteral("enriched") : QStringLiteral("new"));
            QCOMPARE(p.activities(prospect->id, QStringLiteral("enriched")), matched ? 1 : 0);
            QCOMPARE(p.activities(prospect->id, QStringLiteral("enrichment_no_match")), matched ? 0 : 1);
        }
        QCOMPARE(p.pending(), 0);
        QVERIFY(p.outbox.deadLetters(QStringLiteral("explorium")).isEmpty());
    }

private Q_SLOTS:
    void endToEndStoresDataQualityStageAndTimeline() {
        auto p = pipeline();
        EnrichmentRequester::Report report;
        QVERIFY(p->request(&report));
        QCOMPARE(report.queued, kMatched + 2);
        QCOMPARE(report.companiesQueued, kCompanies + 1);
        QVERIFY(p->run());
        assertEnrichedOnce(*p);
        // One free match and one bulk call per kind for the whole batch (the API maximum is 50).
        QCOMPARE(p->route("POST /v1/prospects/contacts_information/bulk_enrich"), 1);
        QCOMPARE(p->route("POST /v1/businesses/firmographics/bulk_enrich"), 1);
        QCOMPARE(p->route("POST /v1/prospects/match"), 1);

        storage::ProspectRepository repo(p->db);
        const auto typed = repo.get(p->ids.at(0));
        QCOMPARE(typed->phone, QStringLiteral("+44 20 7946 0000")); // the rep's phone stays
        QCOMPARE(typed->industry, QStringLiteral("Explosives"));    // and the rep's industry
        const auto filled = repo.get(p->ids.at(1));
        QVERIFY(filled->phone.startsWith(QStringLiteral("+1415555"))); // empty phone filled
        QCOMPARE(filled->industry, QStringLiteral("software development"));
        QVERIFY(filled->companyId > 0);
        QVERIFY(!filled->companySize.isEmpty());

        const EnrichmentStatusReader reader(p->db, p->clock);
        const auto state = reader.prospect(p->ids.at(1));
        QVERIFY(state);
        QCOMPARE(state->state, QStringLiteral("enriched"));
        QCOMPARE(state->source, QStringLiteral("explorium"));
        QCOMPARE(state->filled, QStringList{QStringLiteral("phone")});
        QCOMPARE(state->contact.value(QStringLiteral("professional_email_status")).toString(),
                 QStringLiteral("valid"));
        QCOMPARE(state->company.value(QStringLiteral("business_id")).toString(),
                 ExploriumSimulator::businessIdForDomain(QStringLiteral("globex.com")));
        // Verified e-mail 30, valid phone 15, no LinkedIn 0, name 10, no title 0, company name +
        // domain 15, firmographics 10 (industry, size and country from the company).
        QCOMPARE(state->qualityScore, 30 + 15 + 10 + 15 + 10);
        QCOMPARE(state->quality.value(QStringLiteral("score")).toInt(), state->qualityScore);
        int sum = 0;
        for (const QJsonValue &c : state->quality.value(QStringLiteral("components")).toArray())
            sum += c.toObject().value(QStringLiteral("points")).toInt();
        QCOMPARE(sum, state->qualityScore);
        QCOMPARE(filled->qualityScore, state->qualityScore);

        const auto unknown = reader.prospect(p->ids.last());
        QCOMPARE(unknown->state, QStringLiteral("no_match"));

        const auto budget = reader.budget();
        QVERIFY(budget);
        QCOMPARE(budget->used, qint64(kMatched * 5 + kCompanies));
        QCOMPARE(budget->left, 100000 - budget->used);
    }

    void cacheHitMakesNoRequestAndCostsNothing() {
        auto p = pipeline();
        QVERIFY(p->request());
        QVERIFY(p->run());
        const int requests = p->server.explorium().counters().requests;
        const int credits = p->server.explorium().creditsUsed();
        const qint64 ledger = p->ledgerTotal();

        // The rep deletes a prospect and imports it again: its enrichment comes from the cache.
        storage::ProspectRepository repo(p->db);
        auto again = repo.get(p->ids.at(2));
        QVERIFY(repo.remove(again->id));
        again->id = 0;
        again->stage = QStringLiteral("new");
        again->phone.clear();
        const qint64 newId = repo.insert(*again);
        QVERIFY(newId > 0);
        p->ids[2] = newId;
        EnrichmentRequester::Report report;
        QVERIFY(p->request(&report));
        QCOMPARE(report.queued, 1);
        QCOMPARE(report.upToDate, kMatched + 1);
        QCOMPARE(report.companiesQueued, 0); // the companies are cached too
        QVERIFY(p->run());

        QCOMPARE(p->server.explorium().counters().requests, requests);
        QCOMPARE(p->server.explorium().creditsUsed(), credits);
        QCOMPARE(p->ledgerTotal(), ledger);
        const auto state = EnrichmentStatusReader(p->db, p->clock).prospect(newId);
        QCOMPARE(state->state, QStringLiteral("enriched"));
        QCOMPARE(state->source, QStringLiteral("cache"));
        QVERIFY(repo.get(newId)->phone.startsWith(QStringLiteral("+1415555")));
        QCOMPARE(p->activities(newId, QStringLiteral("enriched")), 1);
    }

    void budgetReachedStopsWithTheReasonAndKeepsTheRest() {
        auto p = pipeline();
        EnrichmentSettings settings;
        settings.creditBudget = 4 + 2 * 5; // the four companies' lookups, then two contacts
        settings.includePhone = true;
        QVERIFY(settings.save(p->db, nullptr));
        QVERIFY(p->request());
        QVERIFY(p->run());
        QVERIFY2(p->pauseReason.contains(QLatin1String("credit budget reached")), qPrintable(p->pauseReason));
        QVERIFY(p->ledgerTotal() <= settings.creditBudget);
        QCOMPARE(p->ledgerTotal(), qint64(p->server.explorium().creditsUsed()));
        QCOMPARE(p->route("POST /v1/prospects/contacts_information/bulk_enrich"), 1);
        // Nothing dropped: the rest waits in the outbox, untouched.
        QVERIFY(p->outbox.deadLetters(QStringLiteral("explorium")).isEmpty());
        const QHash<QString, int> counts = p->outbox.countsByState(QStringLiteral("explorium"));
        QCOMPARE(counts.value(QStringLiteral("queued")), kMatched + 2 - 2);
        const auto budget = EnrichmentStatusReader(p->db, p->clock).budget();
        QVERIFY(budget->left < settings.contactCost());

        // Raising the budget lets the same operations through, still once each.
        settings.creditBudget = 100000;
        QVERIFY(settings.save(p->db, nullptr));
        p->pauseReason.clear();
        QVERIFY(p->run());
        assertEnrichedOnce(*p);
    }

    void everyFaultKindPaysOnceAndLosesNothing_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("apply");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("times");
        QTest::addColumn<bool>("answerLost"); // charged, answer lost: a dead letter, never paid twice
        const QString contacts = QStringLiteral("/v1/prospects/contacts_information/bulk_enrich");
        const QString firmographics = QStringLiteral("/v1/businesses/firmographics/bulk_enrich");
        QTest::newRow("timeout after send (applied)")
            << contacts << int(FaultKind::Hang) << true << 0 << 1 << true;
        QTest::newRow("timeout before applying")
            << contacts << int(FaultKind::Hang) << false << 0 << 1 << false;
        QTest::newRow("reset") << contacts << int(FaultKind::Reset) << false << 0 << 3 << false;
        QTest::newRow("5xx") << contacts << int(FaultKind::Status) << false << 500 << 2 << false;
        QTest::newRow("5xx after applying") << contacts << int(FaultKind::Status) << true << 503 << 1 << true;
        QTest::newRow("429 burst") << contacts << int(FaultKind::RateLimit) << false << 429 << 3 << false;
        QTest::newRow("malformed JSON")
            << contacts << int(FaultKind::MalformedJson) << false << 0 << 2 << false;
        QTest::newRow("malformed JSON after applying")
            << contacts << int(FaultKind::MalformedJson) << true << 0 << 1 << true;
        QTest::newRow("HTML 502") << contacts << int(FaultKind::HtmlBadGateway) << false << 502 << 2 << false;
        QTest::newRow("firmographics 5xx")
            << firmographics << int(FaultKind::Status) << false << 502 << 2 << false;
    }

    void everyFaultKindPaysOnceAndLosesNothing() {
        QFETCH(QString, path);
        QFETCH(int, kind);
        QFETCH(bool, apply);
        QFETCH(int, status);
        QFETCH(int, times);
        QFETCH(bool, answerLost);
        auto p = pipeline();
        p->server.faults().add(rule(path.toLatin1().constData(), FaultKind(kind), times, apply, status));
        QVERIFY(p->request());
        QVERIFY(p->run());
        QCOMPARE(p->pending(), 0); // nothing left in between: done or a dead letter with its reason
        QCOMPARE(p->ledgerTotal(), qint64(p->server.explorium().creditsUsed()));
        if (!answerLost) {
            assertEnrichedOnce(*p);
            return;
        }
        // Charged once, not sent again; the rep sees why and may pay again from the dead letters.
        QCOMPARE(p->server.explorium().enrichedRecords(), kMatched + kCompanies);
        QCOMPARE(p->deadLetters(QStringLiteral("answer_lost")), kMatched);
        storage::ProspectRepository repo(p->db);
        for (int i = 0; i < kMatched; ++i) {
            QCOMPARE(repo.get(p->ids.at(i))->stage, QStringLiteral("new"));
            const auto state = EnrichmentStatusReader(p->db, p->clock).prospect(p->ids.at(i));
            QCOMPARE(state->state, QStringLiteral("failed"));
            QCOMPARE(state->failureKind, QStringLiteral("answer_lost"));
        }
        for (const OutboxOperation &op : p->outbox.deadLetters(QStringLiteral("explorium")))
            QVERIFY(p->outbox.retryDead(op.id));
        QVERIFY(p->run());
        QCOMPARE(p->pending(), 0);
        QCOMPARE(p->server.explorium().enrichedRecords(), 2 * kMatched + kCompanies);
        QCOMPARE(p->ledgerTotal(), qint64(p->server.explorium().creditsUsed()));
        for (int i = 0; i < kMatched; ++i) {
            QCOMPARE(repo.get(p->ids.at(i))->stage, QStringLiteral("enriched"));
            QCOMPARE(p->activities(p->ids.at(i), QStringLiteral("enriched")), 1);
        }
    }

    // A process killed after recording a paid call: sent (and charged) or not sent at all.
    void interruptedCallIsJudgedBeforeAnyResend_data() {
        QTest::addColumn<bool>("sent");
        QTest::newRow("killed after sending") << true;
        QTest::newRow("killed before sending") << false;
    }

    void interruptedCallIsJudgedBeforeAnyResend() {
        QFETCH(bool, sent);
        auto p = pipeline();
        QVERIFY(p->request());
        // The prospects' operations as a drain killed mid-call leaves them: claimed, in flight.
        const QList<OutboxOperation> claimed =
            p->outbox.claimDue(QStringLiteral("explorium"), QStringLiteral("enrich_prospect"), 50);
        QCOMPARE(claimed.size(), kMatched + 2);
        QList<qint64> opIds;
        QStringList remoteIds;
        for (const OutboxOperation &op : claimed) {
            if (op.payload.value(QStringLiteral("email")).toString().endsWith(QLatin1String(".invalid")))
                continue;
            opIds << op.id;
            remoteIds << ExploriumSimulator::prospectIdForEmail(
                op.payload.value(QStringLiteral("email")).toString());
        }
        const qint64 baseline = p->server.explorium().creditsUsed();
        EnrichmentCallLog log(p->db, p->clock);
        QVERIFY(!log.begin(opIds, QStringLiteral("contacts"), opIds.size() * 5, baseline).isEmpty());
        if (sent) {
            // The request reached Explorium (match first, as the drain does) and was charged.
            QList<explorium::ProspectQuery> queries;
            for (const OutboxOperation &op : claimed)
                if (opIds.contains(op.id))
                    queries.append(
                        {op.payload.value(QStringLiteral("email")).toString(), {}, {}, {}, {}, {}});
            bool done = false;
            QObject context;
            p->client->matchProspects(queries, &context, [&](const auto &) {
                p->client->enrichContactInformation(
                    remoteIds, explorium::ExploriumClient::Email | explorium::ExploriumClient::Phone,
                    &context, [&](const auto &r) { done = r.ok(); });
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
        }
        const int creditsBefore = p->server.explorium().creditsUsed();
        // Restart: the in-flight rows are recovered as unknown and reconciled first.
        QVERIFY(p->run());
        QCOMPARE(p->pending(), 0);
        QCOMPARE(p->ledgerTotal(), qint64(p->server.explorium().creditsUsed()));
        if (sent) {
            // Never sent twice: only the companies' lookups were added.
            QCOMPARE(p->server.explorium().creditsUsed(), creditsBefore + kCompanies);
            QCOMPARE(p->deadLetters(QStringLiteral("answer_lost")), kMatched);
        } else {
            assertEnrichedOnce(*p);
        }
    }
};

QTEST_GUILESS_MAIN(TestEnrichSandbox)
#include "tst_enrichsandbox.moc"

// The in-app engine host against the in-process sandbox: real loopback HTTP from the host's own
// network thread, the sandbox answering on the test's thread (QTRY_* keeps it spinning).
#include "review/bulktarget.h"
#include "sandboxserver.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "sync/enrichmentrequester.h"
#include "sync/enrichmentsettings.h"
#include "sync/outboxrepository.h"
#include "sync/synchost.h"
#include "sync/syncrequester.h"
#include "sync/tokenbox.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;
using namespace prospector::sync;

namespace {

constexpr int kWait = 30'000;

struct Queued {
    SyncRequester::Report report;
    QString error;
    bool ok = false;
};

} // namespace

class TestSyncHost : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<TokenBox> m_tokens;
    std::unique_ptr<SyncHost> m_host;
    QString m_campaign;

    SyncHost::Options options() {
        SyncHost::Options o;
        o.tokens = m_tokens->provider();
        o.retry = RetryConfig{50, 400, 6};
        o.offlineProbeIntervalMs = 200;
        o.statusIntervalMs = 10;
        o.shutdownGraceMs = 3000;
        o.followSystemNetwork = false;
        o.tuneConnection = [](net::Service, net::ServiceConnection::Options &c) {
            c.retry = net::RetrySettings{2, 5, 20, 10};
            c.breaker = {50, 300};
        };
        o.requestTimeoutCapMs = 3000;
        return o;
    }

    void useSandboxUrls() {
        qputenv("PROSPECTOR_HUBSPOT_URL", m_server->hubspotUrl().toString().toUtf8());
        qputenv("PROSPECTOR_LEMLIST_URL", m_server->lemlistUrl().toString().toUtf8());
        qputenv("PROSPECTOR_EXPLORIUM_URL", m_server->exploriumUrl().toString().toUtf8());
    }

    void setAllTokens() {
        m_tokens->set(net::Service::HubSpot, QStringLiteral("sandbox-hubspot-token"));
        m_tokens->set(net::Service::Lemlist, QStringLiteral("sandbox-lemlist-key"));
        m_tokens->set(net::Service::Explorium, QStringLiteral("sandbox-explorium-key"));
    }

    QList<qint64> addProspects(int n, const QString &prefix = QStringLiteral("lead")) {
        storage::ProspectRepository repo(*m_db);
        QList<qint64> ids;
        for (int i = 0; i < n; ++i) {
            storage::Prospect p;
            p.email = QStringLiteral("%1%2@example.org").arg(prefix).arg(i);
            p.firstName = QStringLiteral("Lead");
            p.lastName = QString::number(i);
            p.companyName = QStringLiteral("Example");
            p.stage = QStringLiteral("qualified");
            const qint64 id = repo.insert(p);
            if (id == 0)
                qFatal("insert failed");
            ids << id;
        }
        return ids;
    }

    // Queues through the host's database worker and waits for the answer.
    Queued queueHubSpot(const QList<qint64> &ids) {
        Queued out;
        bool done = false;
        m_host->submit<Queued>(
            [ids](OutboxRepository &outbox, const Clock &clock) {
                Queued q;
                SyncRequester requester(outbox.database(), outbox, clock);
                q.ok = requester.requestHubSpotSync(ids, &q.report, &q.error);
                return q;
            },
            this,
            [&](const Queued &q) {
                out = q;
                done = true;
            });
        if (!QTest::qWaitFor([&] { return done; }, kWait))
            qWarning("queueing did not answer");
        return out;
    }

    Queued queueEnrollment(const QList<qint64> &ids) {
        Queued out;
        bool done = false;
        m_host->submit<Queued>(
            [ids, campaign = m_campaign](OutboxRepository &outbox, const Clock &clock) {
                Queued q;
                SyncRequester requester(outbox.database(), outbox, clock);
                q.ok = requester.requestEnrollment(campaign, ids, &q.report, &q.error);
                return q;
            },
            this,
            [&](const Queued &q) {
                out = q;
                done = true;
            });
        if (!QTest::qWaitFor([&] { return done; }, kWait))
            qWarning("queueing did not answer");
        return out;
    }

    // The host publishes a service's status only after its first snapshot: until then a default
    // (not paused, nothing done), so a polling check waits instead of dereferencing nothing.
    ServiceSyncStatus serviceStatus(const QString &service) const {
        const SyncStatus status = m_host->status();
        const ServiceSyncStatus *found = status.find(service);
        return found ? *found : ServiceSyncStatus{};
    }

    int outboxCount(const QString &state) {
        RetrySchedule schedule;
        SystemClock clock;
        return OutboxRepository(*m_db, clock, schedule).countsByState().value(state);
    }

private Q_SLOTS:
    void init() {
        m_db = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_server = std::make_unique<sandbox::SandboxServer>();
        QVERIFY2(m_server->listen({}, &error), qPrintable(error));
        m_campaign = m_server->lemlist().addCampaign(QStringLiteral("Q1 outbound"));
        useSandboxUrls();
        m_tokens = std::make_unique<TokenBox>();
    }

    void cleanup() {
        if (m_host) {
            QSignalSpy stopped(m_host.get(), &SyncHost::stopped);
            m_host->requestStop();
            QVERIFY(stopped.count() > 0 || stopped.wait(kWait));
        }
        m_host.reset();
        m_server.reset();
        m_db.reset();
    }

    void queuedWorkIsDrainedAndReportedBySnapshots() {
        setAllTokens();
        m_host = std::make_unique<SyncHost>(*m_db, options());
        QSignalSpy status(m_host.get(), &SyncHost::statusChanged);
        QSignalSpy settled(m_host.get(), &SyncHost::operationsSettled);
        m_host->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_host->status().running, kWait);

        const QList<qint64> ids = addProspects(30);
        const Queued hubspot = queueHubSpot(ids);
        QVERIFY2(hubspot.ok, qPrintable(hubspot.error));
        QCOMPARE(hubspot.report.queued, 30);
        QCOMPARE(hubspot.report.operationIds.size(), 30);
        const quint64 ticket = m_host->watch(hubspot.report.operationIds);
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), kWait);
        QCOMPARE(settled.first().at(0).toULongLong(), ticket);
        const auto result = settled.first().at(1).value<SettledOperations>();
        QCOMPARE(result.done, 30);
        QCOMPARE(result.dead, 0);
        QCOMPARE(m_server->hubspot().contacts().records.size(), qsizetype(30));

        // The panel's numbers: nothing left, the session's work counted, the quota headers read.
        QTRY_VERIFY_WITH_TIMEOUT(serviceStatus(QStringLiteral("hubspot")).sessionDone == 30, kWait);
        const ServiceSyncStatus s = serviceStatus(QStringLiteral("hubspot"));
        QCOMPARE(s.waiting(), 0);
        QCOMPARE(s.dead, 0);
        QCOMPARE(s.circuit, QStringLiteral("closed"));
        QVERIFY(!s.paused);
        QCOMPARE(s.windowLimit, 100);
        QVERIFY(s.windowRemaining >= 0 && s.windowRemaining < 100);
        QVERIFY(m_host->status().online);
        QVERIFY(status.count() >= 2);

        // Enrollment runs on the same host, and a watch on keys works as well as on ids.
        const Queued lemlist = queueEnrollment(ids.mid(0, 5));
        QVERIFY2(lemlist.ok, qPrintable(lemlist.error));
        QStringList keys;
        for (int i = 0; i < 5; ++i)
            keys << QStringLiteral("lemlist:enroll:%1:lead%2@example.org").arg(m_campaign).arg(i);
        keys << QStringLiteral("lemlist:enroll:%1:nobody@example.org").arg(m_campaign);
        settled.clear();
        const quint64 keyTicket = m_host->watchKeys(keys);
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), kWait);
        QCOMPARE(settled.first().at(0).toULongLong(), keyTicket);
        const auto keyResult = settled.first().at(1).value<SettledOperations>();
        QCOMPARE(keyResult.done, 5);
        QCOMPARE(keyResult.missing, 1);
        QCOMPARE(m_server->lemlist().leads().size(), qsizetype(5));
    }

    void offlineWaitsThenResumesWhenTheNetworkReturns() {
        setAllTokens();
        m_host = std::make_unique<SyncHost>(*m_db, options());
        m_host->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_host->status().running, kWait);
        m_host->setNetworkReachable(false);
        QTRY_VERIFY_WITH_TIMEOUT(!m_host->status().online, kWait);

        const Queued queued = queueHubSpot(addProspects(12));
        QVERIFY(queued.ok);
        QTRY_VERIFY_WITH_TIMEOUT(m_host->status().waiting() == 12, kWait);
        QTest::qWait(300); // a wrongly running engine would have sent by now
        QCOMPARE(m_server->hubspot().counters().requests, 0);
        QCOMPARE(outboxCount(QStringLiteral("queued")), 12);

        m_host->setNetworkReachable(true);
        QTRY_VERIFY_WITH_TIMEOUT(outboxCount(QStringLiteral("done")) == 12, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(m_host->status().online && m_host->status().waiting() == 0, kWait);
        QCOMPARE(m_server->hubspot().contacts().records.size(), qsizetype(12));
    }

    void unreachableServiceIsDetectedAndProbedUntilItAnswers() {
        setAllTokens();
        const sandbox::SandboxPorts ports{quint16(m_server->hubspotUrl().port()),
                                          quint16(m_server->lemlistUrl().port()),
                                          quint16(m_server->exploriumUrl().port())};
        m_server->close();
        m_host = std::make_unique<SyncHost>(*m_db, options());
        m_host->start();
        const Queued queued = queueHubSpot(addProspects(8));
        QVERIFY(queued.ok);
        // Connection refused on every call: the engine concludes it is offline by itself.
        QTRY_VERIFY_WITH_TIMEOUT(!m_host->status().online, kWait);
        QCOMPARE(outboxCount(QStringLiteral("done")), 0);

        QString error;
        QVERIFY2(m_server->listen(ports, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(outboxCount(QStringLiteral("done")) == 8, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(m_host->status().online, kWait);
        QCOMPARE(m_server->hubspot().contacts().records.size(), qsizetype(8));
    }

    void refusedTokenPausesTheServiceUntilANewOneIsSaved() {
        m_tokens->set(net::Service::HubSpot, QStringLiteral("revoked-token"));
        m_tokens->set(net::Service::Lemlist, QStringLiteral("sandbox-lemlist-key"));
        m_host = std::make_unique<SyncHost>(*m_db, options());
        m_host->start();
        const QList<qint64> ids = addProspects(6);
        QVERIFY(queueHubSpot(ids).ok);
        QTRY_VERIFY_WITH_TIMEOUT(serviceStatus(QStringLiteral("hubspot")).paused, kWait);
        const ServiceSyncStatus paused = serviceStatus(QStringLiteral("hubspot"));
        QVERIFY(paused.needsToken);
        QCOMPARE(paused.pauseKind, QStringLiteral("refused"));
        QVERIFY(!paused.pauseReason.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(outboxCount(QStringLiteral("dead")) == 6, kWait);
        QVERIFY(!serviceStatus(QStringLiteral("lemlist")).paused);

        // Paused means paused: more work waits without a request.
        const int requestsWhilePaused = m_server->hubspot().counters().requests;
        QVERIFY(queueHubSpot(addProspects(3, QStringLiteral("later"))).ok);
        QTest::qWait(300);
        QCOMPARE(m_server->hubspot().counters().requests, requestsWhilePaused);

        m_tokens->set(net::Service::HubSpot, QStringLiteral("sandbox-hubspot-token"));
        m_host->tokenChanged(net::Service::HubSpot);
        QTRY_VERIFY_WITH_TIMEOUT(outboxCount(QStringLiteral("done")) == 9, kWait);
        QCOMPARE(outboxCount(QStringLiteral("dead")), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!serviceStatus(QStringLiteral("hubspot")).paused, kWait);
        QCOMPARE(m_server->hubspot().contacts().records.size(), qsizetype(9));
    }

    void serviceWithoutTokenWaitsWithoutSending() {
        m_tokens->set(net::Service::Lemlist, QStringLiteral("sandbox-lemlist-key"));
        m_host = std::make_unique<SyncHost>(*m_db, options());
        m_host->start();
        QVERIFY(queueHubSpot(addProspects(4)).ok);
        QTRY_VERIFY_WITH_TIMEOUT(serviceStatus(QStringLiteral("hubspot")).waiting() == 4, kWait);
        const ServiceSyncStatus s = serviceStatus(QStringLiteral("hubspot"));
        QVERIFY(s.paused && s.needsToken);
        QCOMPARE(s.pauseKind, QStringLiteral("no_token"));
        QTest::qWait(300);
        QCOMPARE(m_server->hubspot().counters().requests, 0);
        QCOMPARE(outboxCount(QStringLiteral("dead")), 0);

        m_tokens->set(net::Service::HubSpot, QStringLiteral("sandbox-hubspot-token"));
        m_host->tokenChanged(net::Service::HubSpot);
        QTRY_VERIFY_WITH_TIMEOUT(outboxCount(QStringLiteral("done")) == 4, kWait);
    }

    void creditBudgetStopsEnrichmentWithoutAskingForAToken() {
        setAllTokens();
        sync::EnrichmentSettings settings;
        settings.creditBudget = 0; // cached results only, never pay
        QString error;
        QVERIFY2(settings.save(*m_db, &error), qPrintable(error));
        m_host = std::make_unique<SyncHost>(*m_db, options());
        m_host->start();
        const QList<qint64> ids = addProspects(3, QStringLiteral("enrich"));
        bool queued = false;
        m_host->submit<bool>(
            [ids](OutboxRepository &outbox, const Clock &clock) {
                EnrichmentRequester::Report report;
                return EnrichmentRequester(outbox.database(), outbox, clock)
                    .request(review::BulkTarget::ofIds(ids), &report);
            },
            this, [&](const bool &ok) { queued = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(queued, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(serviceStatus(QStringLiteral("explorium")).paused, kWait);
        const ServiceSyncStatus s = serviceStatus(QStringLiteral("explorium"));
        QCOMPARE(s.pauseKind, QStringLiteral("stopped"));
        QVERIFY(!s.needsToken);
        QVERIFY(s.pauseReason.contains(QStringLiteral("budget")));
        QCOMPARE(s.creditsLeft, 0);
        QCOMPARE(outboxCount(QStringLiteral("dead")), 0); // nothing dropped: it waits
        QVERIFY(outboxCount(QStringLiteral("queued")) >= 3);

        // The rep raises the budget and resumes: the work goes through.
        settings.creditBudget = 1000;
        QVERIFY(settings.save(*m_db, &error));
        m_host->resumeService(QStringLiteral("explorium"));
        QTRY_VERIFY_WITH_TIMEOUT(
            outboxCount(QStringLiteral("queued")) + outboxCount(QStringLiteral("in_flight")) == 0, kWait);
        QCOMPARE(outboxCount(QStringLiteral("dead")), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!serviceStatus(QStringLiteral("explorium")).paused, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(serviceStatus(QStringLiteral("explorium")).creditsUsed > 0, kWait);
    }

    void listsTheAccountsCampaigns() {
        setAllTokens();
        m_server->lemlist().addCampaign(QStringLiteral("Follow-up"));
        m_host = std::make_unique<SyncHost>(*m_db, options());
        m_host->start();
        QList<lemlist::Campaign> campaigns;
        QString error = QStringLiteral("no answer");
        m_host->listCampaigns(this, [&](const QList<lemlist::Campaign> &list, const QString &e) {
            campaigns = list;
            error = e;
        });
        QTRY_VERIFY_WITH_TIMEOUT(error != QLatin1String("no answer"), kWait);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList names;
        for (const auto &c : std::as_const(campaigns))
            names << c.name;
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Follow-up"), QStringLiteral("Q1 outbound")}));
    }

    void stopWaitsForTheBatchInFlight() {
        setAllTokens();
        // Every upsert answers late: the stop request arrives while a batch is on the wire.
        sandbox::FaultRule slow;
        slow.service = QStringLiteral("hubspot");
        slow.kind = sandbox::FaultKind::Delay;
        slow.delayMs = 400;
        slow.times = -1;
        m_server->faults().add(slow);
        m_host = std::make_unique<SyncHost>(*m_db, options());
        m_host->start();
        QVERIFY(queueHubSpot(addProspects(5)).ok);
        QTRY_VERIFY_WITH_TIMEOUT(outboxCount(QStringLiteral("in_flight")) == 5, kWait);
        QSignalSpy stopped(m_host.get(), &SyncHost::stopped);
        m_host->requestStop();
        QVERIFY(stopped.wait(kWait));
        // The safe point: the batch finished and recorded its results before the thread ended.
        QCOMPARE(outboxCount(QStringLiteral("done")), 5);
        QCOMPARE(outboxCount(QStringLiteral("in_flight")), 0);
        m_host.reset();
    }
};

QTEST_GUILESS_MAIN(TestSyncHost)
#include "tst_synchost.moc"

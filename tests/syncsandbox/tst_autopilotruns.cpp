// Real autopilot runs against the in-process sandbox: the whole pipeline, the report and the
// audit trail, the dry run, approvals across a restart, the kill switch and a quit mid-run.
#include "autopilot/guardrails.h"
#include "autopilot/runaudit.h"
#include "autopilot/runplanner.h"
#include "autopilotfixture.h"
#include "sync/suppressionrepository.h"

#include <QTemporaryDir>

using namespace prospector;
using namespace prospector::autopilot;
using prospector::testing::AutopilotFixture;

class TestAutopilotRuns : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<AutopilotFixture> fixture() {
        auto f = std::make_unique<AutopilotFixture>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        if (!f->setUp(&error))
            qFatal("%s", qPrintable(error));
        return f;
    }

    // Each address exactly once in HubSpot, and exactly once as a lead of the campaign.
    // `otherLeads`: leads the test itself created in lemlist (by injecting activities).
    static void assertExactlyOnce(AutopilotFixture &f, const QStringList &emails, int otherLeads = 0) {
        QCOMPARE(f.server.hubspot().contacts().records.size(), qsizetype(emails.size()));
        QCOMPARE(f.server.lemlist().leads().size(), qsizetype(emails.size() + otherLeads));
        for (const QString &email : emails) {
            QVERIFY2(f.server.hubspot().contactByEmail(email), qPrintable(email));
            const auto leads = f.server.lemlist().leadsFor(email);
            QCOMPARE(leads.size(), 1);
            QCOMPARE(leads.first().campaignId, f.campaign);
        }
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RunReport>(); }

    void aRunSyncsEnrollsTracksAndReportsEverything() {
        auto f = fixture();
        QStringList hot;
        for (int i = 0; i < 4; ++i) {
            hot << QStringLiteral("hot%1@example.org").arg(i);
            QVERIFY(f->addHot(hot.last()) > 0);
        }
        QVERIFY(f->addCold(QStringLiteral("cold@example.org")) > 0);
        QVERIFY(f->addHot(QStringLiteral("optout@example.org")) > 0);
        QString error;
        QVERIFY(sync::SuppressionRepository(f->db).add(QStringLiteral("optout@example.org"),
                                                       QStringLiteral("opt_out"), QStringLiteral("user"), {},
                                                       1, &error));
        // A reply waiting in lemlist for the track step, from a prospect enrolled by hand earlier
        // (the simulator creates its lead).
        f->server.lemlist().addActivity(QStringLiteral("emailsReplied"), QStringLiteral("cold@example.org"),
                                        f->campaign);
        QVERIFY(f->configure([](AutopilotSettings &s) { s.steps.trackReplies = true; }));
        AutopilotService &service = f->makeService();
        QSignalSpy started(&service, &AutopilotControl::runStarted);
        QSignalSpy replies(&service, &AutopilotControl::replyReceived);

        const RunReport report = f->runAndWait();
        QCOMPARE(started.size(), 1);
        QCOMPARE(report.status, runstatus::succeeded);
        QVERIFY(!report.dryRun);
        QCOMPARE(report.origin, runorigin::manual);
        QCOMPARE(report.step, QStringLiteral("done"));
        QCOMPARE(report.selected, 6); // unscored prospects are selected, then scored
        QCOMPARE(report.rescored, 6);
        QCOMPARE(report.synced, 4);
        QCOMPARE(report.enrolled, 4);
        QCOMPARE(report.replies, 1);
        QCOMPARE(report.skippedByReason.value(skip::belowMinScore), 1);
        QCOMPARE(report.skippedByReason.value(skip::suppressed), 1);
        QCOMPARE(report.skippedTotal(), 2);
        QCOMPARE(report.enriched, 0);
        QCOMPARE(report.creditsUsed, qint64(0));
        QVERIFY(report.errors.isEmpty());
        QVERIFY2(report.stopReason.contains(enrichmentUnavailableText()), qPrintable(report.stopReason));
        assertExactlyOnce(*f, hot, 1);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.first().at(0).toLongLong(), qint64(5)); // cold@, the fifth prospect
        QVERIFY(!replies.first().at(2).toString().isEmpty());

        // The stored report is the one emitted.
        const QList<RunReport> history = service.history(5);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().toJson(), report.toJson());

        // Audit: every external write of the run, with its state and what the service answered.
        const QList<AuditEntry> audit = service.audit(report.id, true);
        QCOMPARE(audit.size(), 8);
        int contacts = 0, leads = 0;
        for (const AuditEntry &e : audit) {
            QCOMPARE(e.runId, report.id);
            QCOMPARE(e.state, QStringLiteral("done"));
            QVERIFY(e.operationId > 0);
            QVERIFY(!e.prospectName.isEmpty());
            if (e.service == QLatin1String("hubspot")) {
                ++contacts;
                QCOMPARE(e.kind, QStringLiteral("upsert_contact"));
                QVERIFY(e.idempotencyKey.startsWith(QStringLiteral("hubspot:upsert:hot")));
                QVERIFY(e.result.contains(QStringLiteral("hubspotId")));
            } else {
                ++leads;
                QCOMPARE(e.service, QStringLiteral("lemlist"));
                QCOMPARE(e.kind, QStringLiteral("enroll_lead"));
                QCOMPARE(e.idempotencyKey.section(QLatin1Char(':'), 0, 2),
                         QStringLiteral("lemlist:enroll:") + f->campaign);
            }
        }
        QCOMPARE(contacts, 4);
        QCOMPARE(leads, 4);
        qint64 runOfFirst = 0;
        QVERIFY(RunAudit(f->db, f->clock).runOf(audit.first().operationId, &runOfFirst, &error));
        QCOMPARE(runOfFirst, report.id);
        QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM prospects WHERE stage = 'enrolled'")), 4);
        QCOMPARE(service.state(), AutopilotControl::State::Off); // ran by hand; never opted in
    }

    void aDryRunWritesNothingRemote() {
        auto f = fixture();
        for (int i = 0; i < 12; ++i)
            QVERIFY(f->addHot(QStringLiteral("dry%1@example.org").arg(i)) > 0);
        QVERIFY(f->configure([](AutopilotSettings &s) { s.limits.approvalEnrollmentThreshold = 10; }));
        AutopilotService &service = f->makeService();
        QSignalSpy finished(&service, &AutopilotControl::runFinished);
        QSignalSpy started(&service, &AutopilotControl::runStarted);
        service.runNow(true);
        QCOMPARE(finished.size(), 1);
        const RunReport report = finished.first().at(0).value<RunReport>();
        QVERIFY(report.dryRun);
        QCOMPARE(started.first().at(1).toBool(), true);
        QCOMPARE(report.selected, 12);
        QCOMPARE(report.synced, 12);
        QCOMPARE(report.enrolled, 12);
        QCOMPARE(report.status, runstatus::awaitingApproval); // a real run would ask first
        QCOMPARE(f->hubspotRequests(), 0);
        QCOMPARE(f->lemlistRequests(), 0);
        QCOMPARE(f->exploriumRequests(), 0);
        QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM prospects WHERE score IS NOT NULL")), 0);
        QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM autopilot_runs WHERE dry_run = 1")), 1);
        QCOMPARE(service.pendingApproval().runId, qint64(0)); // nothing waits after a dry run
    }

    void approvalWaitsAcrossARestartAndApproveContinues() {
        auto f = fixture();
        QStringList emails;
        for (int i = 0; i < 12; ++i) {
            emails << QStringLiteral("ok%1@example.org").arg(i);
            QVERIFY(f->addHot(emails.last()) > 0);
        }
        QVERIFY(f->configure([](AutopilotSettings &s) { s.limits.approvalEnrollmentThreshold = 10; }));
        f->makeService();
        QSignalSpy approval(f->service.get(), &AutopilotControl::approvalRequested);
        QSignalSpy finished(f->service.get(), &AutopilotControl::runFinished);
        f->service->runNow(false);
        const RunReport waiting = f->waitForEnd(finished, approval);
        QCOMPARE(approval.size(), 1);
        QCOMPARE(finished.size(), 0);
        const qint64 runId = approval.first().at(0).toLongLong();
        QCOMPARE(waiting.id, runId);
        QCOMPARE(waiting.status, runstatus::awaitingApproval);
        const QString summary = approval.first().at(1).toString();
        QVERIFY2(summary.contains(QStringLiteral("12")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Q1 outbound")), qPrintable(summary));
        QCOMPARE(waiting.approvalSummary, summary);
        QCOMPARE(waiting.synced, 12); // HubSpot is the system of record: synced before the question
        QCOMPARE(f->server.lemlist().leads().size(), qsizetype(0));
        QCOMPARE(f->service->state(), AutopilotControl::State::NeedsAttention);
        QCOMPARE(f->service->pendingApproval().runId, runId);
        QVERIFY(!f->service->attentionReason().isEmpty());

        // Quit and start again: the run still waits and is announced again.
        f->service.reset();
        AutopilotService &restarted = f->makeService();
        QSignalSpy again(&restarted, &AutopilotControl::approvalRequested);
        QVERIFY(restarted.start());
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().at(0).toLongLong(), runId);
        QCOMPARE(again.first().at(1).toString(), summary);
        QCOMPARE(restarted.state(), AutopilotControl::State::NeedsAttention);
        // No other run starts meanwhile.
        QString message;
        QCOMPARE(restarted.startRun(runorigin::manual, &message),
                 AutopilotService::StartResult::AwaitingApproval);

        QSignalSpy done(&restarted, &AutopilotControl::runFinished);
        QSignalSpy noMore(&restarted, &AutopilotControl::approvalRequested);
        restarted.approve(runId);
        const RunReport report = f->waitForEnd(done, noMore);
        QCOMPARE(report.id, runId);
        QCOMPARE(report.status, runstatus::succeeded);
        QCOMPARE(report.synced, 12);
        QCOMPARE(report.enrolled, 12);
        QVERIFY(report.approvalSummary.isEmpty());
        assertExactlyOnce(*f, emails);
        QCOMPARE(restarted.pendingApproval().runId, qint64(0));
        QVERIFY(restarted.state() != AutopilotControl::State::NeedsAttention);
    }

    void rejectEndsTheRunWithoutEnrolling() {
        auto f = fixture();
        for (int i = 0; i < 3; ++i)
            QVERIFY(f->addHot(QStringLiteral("no%1@example.org").arg(i)) > 0);
        QVERIFY(f->configure([](AutopilotSettings &s) { s.limits.approvalEnrollmentThreshold = 2; }));
        AutopilotService &service = f->makeService();
        const RunReport waiting = f->runAndWait();
        QCOMPARE(waiting.status, runstatus::awaitingApproval);
        QSignalSpy finished(&service, &AutopilotControl::runFinished);
        service.reject(waiting.id);
        QCOMPARE(finished.size(), 1);
        const RunReport report = finished.first().at(0).value<RunReport>();
        QCOMPARE(report.status, runstatus::rejected);
        QVERIFY(report.finishedAt > 0);
        QCOMPARE(f->server.lemlist().leads().size(), qsizetype(0));
        QCOMPARE(f->lemlistRequests(), 0);
        QCOMPARE(service.pendingApproval().runId, qint64(0));
        QCOMPARE(service.history(1).first().status, runstatus::rejected);
        // Decided once: a second answer is refused.
        QString message;
        QVERIFY(!service.decide(waiting.id, true, &message));
        // The next run is a new one.
        QVERIFY(f->configure([](AutopilotSettings &s) { s.steps.enroll = false; }));
        const RunReport next = f->runAndWait();
        QVERIFY(next.id != waiting.id);
        QCOMPARE(next.status, runstatus::succeeded);
    }

    void theKillSwitchStopsAtTheSafePointAndResumeContinuesWithoutDuplicates() {
        auto f = fixture();
        QStringList emails;
        for (int i = 0; i < 9; ++i) {
            emails << QStringLiteral("ks%1@example.org").arg(i);
            QVERIFY(f->addHot(emails.last()) > 0);
        }
        QVERIFY(f->configure());
        f->batchSize = 3;
        AutopilotService &service = f->makeService();
        // Pull the kill switch while the first HubSpot batch is being sent.
        f->drainer->onDrain = [&service](int call) {
            if (call == 1)
                service.pause();
        };
        const RunReport stopped = f->runAndWait();
        QCOMPARE(stopped.status, runstatus::paused);
        QCOMPARE(stopped.synced, 3); // the batch in flight finished and was recorded
        QCOMPARE(stopped.enrolled, 0);
        QCOMPARE(stopped.step, QStringLiteral("sync"));
        QVERIFY2(stopped.stopReason.contains(QStringLiteral("kill switch")), qPrintable(stopped.stopReason));
        QCOMPARE(f->server.hubspot().contacts().records.size(), qsizetype(3));
        QCOMPARE(f->server.lemlist().leads().size(), qsizetype(0));
        QCOMPARE(service.state(), AutopilotControl::State::Paused);
        // Paused means paused: no run starts by hand either.
        QString message;
        QCOMPARE(service.startRun(runorigin::manual, &message), AutopilotService::StartResult::Paused);

        f->drainer->onDrain = {};
        QSignalSpy started(&service, &AutopilotControl::runStarted);
        QSignalSpy finished(&service, &AutopilotControl::runFinished);
        QSignalSpy approval(&service, &AutopilotControl::approvalRequested);
        service.resume();
        const RunReport report = f->waitForEnd(finished, approval);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().at(0).toLongLong(), stopped.id); // the same run continues
        QCOMPARE(report.id, stopped.id);
        QCOMPARE(report.status, runstatus::succeeded);
        QCOMPARE(report.synced, 9);
        QCOMPARE(report.enrolled, 9);
        QVERIFY(report.stopReason.isEmpty() || !report.stopReason.contains(QStringLiteral("kill switch")));
        assertExactlyOnce(*f, emails);
        QCOMPARE(f->hubspotWrites(), 3); // three batches of three, none sent twice
        QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM autopilot_runs")), 1);
    }

    void aRunInterruptedByQuitContinuesFromItsStepOnTheNextStart() {
        auto f = fixture();
        QStringList emails;
        for (int i = 0; i < 6; ++i) {
            emails << QStringLiteral("q%1@example.org").arg(i);
            QVERIFY(f->addHot(emails.last()) > 0);
        }
        QVERIFY(f->configure());
        f->batchSize = 2;
        AutopilotService &service = f->makeService();
        QSignalSpy finished(&service, &AutopilotControl::runFinished);
        // Quit while the enrollment's second batch is on its way.
        bool quit = false;
        f->drainer->onDrain = [&](int call) {
            if (call == 5 && !quit) {
                quit = true;
                QTimer::singleShot(0, &service, [&service] { service.shutdown(); });
            }
        };
        service.runNow(false);
        QTRY_VERIFY_WITH_TIMEOUT(quit && !service.isRunning(), 60'000);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM autopilot_runs WHERE status = 'running'")), 1);
        const qint64 runId = f->count(QStringLiteral("SELECT id FROM autopilot_runs"));

        f->drainer->onDrain = {};
        AutopilotService &restarted = f->makeService();
        QSignalSpy started(&restarted, &AutopilotControl::runStarted);
        QSignalSpy done(&restarted, &AutopilotControl::runFinished);
        QSignalSpy approval(&restarted, &AutopilotControl::approvalRequested);
        QVERIFY(restarted.start());
        const RunReport report = f->waitForEnd(done, approval);
        QCOMPARE(started.size(), 1);
        QCOMPARE(report.id, runId);
        QCOMPARE(report.status, runstatus::succeeded);
        QCOMPARE(report.synced, 6);
        QCOMPARE(report.enrolled, 6);
        assertExactlyOnce(*f, emails);
        QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM autopilot_runs")), 1);
    }

    void enrichmentRunsThroughTheOutboxAndACachedProspectCostsNothing() {
        auto f = fixture();
        f->enrichment = f->explorium.get();
        QStringList emails;
        const QStringList domains = {QStringLiteral("acme.com"), QStringLiteral("globex.com"),
                                     QStringLiteral("initech.com")};
        for (const QString &domain : domains) {
            emails << domain.section(QLatin1Char('.'), 0, 0) + QStringLiteral(".vp@") + domain;
            const qint64 id = f->addHot(emails.last());
            QVERIFY(id > 0);
            QSqlQuery q(f->db.connection());
            q.prepare(QStringLiteral("UPDATE prospects SET company_domain = ? WHERE id = ?"));
            q.addBindValue(domain);
            q.addBindValue(id);
            QVERIFY(q.exec());
        }
        QVERIFY(f->configure([](AutopilotSettings &s) { s.limits.approvalCreditThreshold = 1000; }));
        f->makeService();
        RunReport r = f->runAndWait();
        QCOMPARE(r.status, runstatus::succeeded);
        QCOMPARE(r.enriched, 3);
        QCOMPARE(r.cacheHits, 0);
        QVERIFY(r.creditsUsed > 0);
        QCOMPARE(r.creditsUsed, qint64(f->server.explorium().creditsUsed())); // what Explorium charged
        QCOMPARE(r.synced, 3);
        QCOMPARE(r.enrolled, 3);
        assertExactlyOnce(*f, emails);
        int explorium = 0;
        for (const AuditEntry &e : f->service->audit(r.id, true))
            explorium += e.service == QLatin1String("explorium") ? 1 : 0;
        QCOMPARE(explorium, 3);

        // The same prospect again within the cache lifetime: served locally, no request, no credit.
        const int requests = f->exploriumRequests();
        const int credits = f->server.explorium().creditsUsed();
        QSqlQuery q(f->db.connection());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE prospects SET stage = 'new' WHERE email = 'acme.vp@acme.com'")));
        r = f->runAndWait();
        QCOMPARE(r.selected, 1);
        QCOMPARE(r.cacheHits, 1);
        QCOMPARE(r.enriched, 0);
        QCOMPARE(r.creditsUsed, qint64(0));
        QCOMPARE(f->exploriumRequests(), requests);
        QCOMPARE(f->server.explorium().creditsUsed(), credits);
        QCOMPARE(r.skippedByReason.value(QStringLiteral("already_enrolled")), 1); // never twice
        assertExactlyOnce(*f, emails);
    }

    void anAuthFailureStopsTheRunAndAsksForANewToken() {
        auto f = fixture();
        QStringList emails;
        for (int i = 0; i < 3; ++i) {
            emails << QStringLiteral("auth%1@example.org").arg(i);
            QVERIFY(f->addHot(emails.last()) > 0);
        }
        QVERIFY(f->configure());
        f->tokens.insert(net::Service::HubSpot, QStringLiteral("revoked-token"));
        AutopilotService &service = f->makeService();
        QSignalSpy problems(&service, &AutopilotControl::problem);
        const RunReport failed = f->runAndWait();
        QCOMPARE(failed.status, runstatus::failed);
        QCOMPARE(failed.synced, 0);
        QCOMPARE(failed.enrolled, 0);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().at(0).toString(), QStringLiteral("auth"));
        QVERIFY2(problems.first().at(1).toString().contains(QStringLiteral("HubSpot")),
                 qPrintable(problems.first().at(1).toString()));
        // The reason, and the writes that went to the dead letters.
        QCOMPARE(failed.errors.size(), 2);
        QVERIFY(failed.errors.contains(problems.first().at(1).toString()));
        QCOMPARE(service.state(), AutopilotControl::State::NeedsAttention);
        QCOMPARE(service.attentionReason(), problems.first().at(1).toString());
        QCOMPARE(f->server.hubspot().contacts().records.size(), qsizetype(0));
        QCOMPARE(f->lemlistRequests(), 0);
        // Nothing was lost: the refused writes are dead letters the rep can retry.
        QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'dead' AND "
                                         "failure_kind = 'auth'")),
                 3);

        // A new token: the next run queues the contacts again and sends them, once each, and
        // the attention goes away.
        f->tokens.clear();
        const RunReport next = f->runAndWait();
        QCOMPARE(next.status, runstatus::succeeded);
        QCOMPARE(next.synced, 3);
        QCOMPARE(next.enrolled, 3);
        assertExactlyOnce(*f, emails);
        QVERIFY(service.state() != AutopilotControl::State::NeedsAttention);
    }

    void aServiceThatIsDownStopsTheRunWithNothingLost() {
        auto f = fixture();
        QVERIFY(f->addHot(QStringLiteral("down@example.org")) > 0);
        QVERIFY(f->configure());
        f->realDrainer->setMaxWaitMs(1500);
        f->server.faults().add([] {
            sandbox::FaultRule r;
            r.service = QStringLiteral("hubspot");
            r.kind = sandbox::FaultKind::Reset;
            r.times = -1;
            return r;
        }());
        AutopilotService &service = f->makeService();
        QSignalSpy problems(&service, &AutopilotControl::problem);
        const RunReport r = f->runAndWait();
        QCOMPARE(r.status, runstatus::failed);
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.last().at(0).toString(), QStringLiteral("service_down"));
        QCOMPARE(service.state(), AutopilotControl::State::NeedsAttention);
        QCOMPARE(f->server.hubspot().contacts().records.size(), qsizetype(0));
        QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('queued','unknown')")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestAutopilotRuns)
#include "tst_autopilotruns.moc"

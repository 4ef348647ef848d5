#include "autopilot/databaselookups.h"
#include "autopilot/runplanner.h"
#include "review/savedviewrepository.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "sync/suppressionrepository.h"
#include "sync/virtualclock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;
using namespace prospector::autopilot;

namespace {
// Monday 2026-11-23 10:00 UTC, and that day's midnight.
const qint64 kNow = QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
const qint64 kDayStart = QDateTime(QDate(2026, 11, 23), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
} // namespace

class TestRunPlanner : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    int m_counter = 0;

    qint64 addProspect(const QString &email, int score, const QString &stage = {}) {
        storage::Prospect p;
        p.email = email;
        p.score = score;
        if (!stage.isEmpty())
            p.stage = stage;
        return storage::ProspectRepository(*m_db).insert(p);
    }

    void addOutbox(const QString &service, const QString &kind, qint64 createdAt, const QString &state = {}) {
        QSqlQuery q(m_db->connection());
        q.prepare(
            QStringLiteral("INSERT INTO outbox (service, kind, idempotency_key, next_attempt_at, created_at, "
                           "updated_at, state) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v :
             QVariantList{service, kind, QStringLiteral("k%1").arg(++m_counter), createdAt, createdAt,
                          createdAt, state.isEmpty() ? QStringLiteral("done") : state})
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    // Scores are set by hand here, so the in-memory rescore is off unless a test turns it on.
    static AutopilotSettings defaults() {
        AutopilotSettings s;
        s.steps.rescore = false;
        s.campaignId = QStringLiteral("cam_test");
        return s;
    }

    RunPlanner::Plan plan(const AutopilotSettings &settings, bool enrichmentAvailable = false) {
        sync::VirtualClock clock(kNow);
        DatabaseLookups lookups(*m_db, kDayStart);
        Guardrails guardrails(settings.limits, lookups, QTimeZone::utc());
        RunPlanner planner(*m_db, settings, guardrails, clock, kDayStart);
        RunPlanner::Plan p;
        QString error;
        if (!planner.plan(kNow, enrichmentAvailable, &p, &error))
            qWarning("plan failed: %s", qPrintable(error));
        return p;
    }

private Q_SLOTS:
    void init() {
        m_db = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void usedTodayCountsLiveOutboxRowsSinceMidnight() {
        addOutbox(QStringLiteral("hubspot"), QStringLiteral("upsert_contact"), kDayStart + 1);
        addOutbox(QStringLiteral("hubspot"), QStringLiteral("upsert_contact"), kDayStart - 1); // yesterday
        addOutbox(QStringLiteral("hubspot"), QStringLiteral("upsert_contact"), kDayStart + 2,
                  QStringLiteral("dead"));
        addOutbox(QStringLiteral("lemlist"), QStringLiteral("enroll_lead"), kDayStart + 3);
        addOutbox(QStringLiteral("lemlist"), QStringLiteral("enroll_lead"), kDayStart + 4,
                  QStringLiteral("queued"));
        DatabaseLookups lookups(*m_db, kDayStart);
        int n = -1;
        QString error;
        QVERIFY(lookups.usedToday(GuardedStep::SyncHubSpot, &n, &error));
        QCOMPARE(n, 1);
        QVERIFY(lookups.usedToday(GuardedStep::Enroll, &n, &error));
        QCOMPARE(n, 2);
        QVERIFY(lookups.usedToday(GuardedStep::Enrich, &n, &error));
        QCOMPARE(n, 0);
    }

    void enrichmentCapCountsOnlyProspectEnrichments() {
        addOutbox(QStringLiteral("explorium"), QStringLiteral("enrich_prospect"), kDayStart + 1);
        addOutbox(QStringLiteral("explorium"), QStringLiteral("enrich_prospect"), kDayStart + 2,
                  QStringLiteral("queued"));
        // The company lookups queued with them are not prospects enriched.
        addOutbox(QStringLiteral("explorium"), QStringLiteral("enrich_company"), kDayStart + 3);
        addOutbox(QStringLiteral("explorium"), QStringLiteral("enrich_company"), kDayStart + 4);
        addOutbox(QStringLiteral("explorium"), QStringLiteral("enrich_company"), kDayStart + 5,
                  QStringLiteral("queued"));
        addOutbox(QStringLiteral("explorium"), QStringLiteral("enrich_prospect"), kDayStart - 1); // yesterday
        DatabaseLookups lookups(*m_db, kDayStart);
        int n = -1;
        QString error;
        QVERIFY2(lookups.usedToday(GuardedStep::Enrich, &n, &error), qPrintable(error));
        QCOMPARE(n, 2);
    }

    void planAppliesCapsFromEarlierWritesToday() {
        for (int i = 0; i < 4; ++i)
            QVERIFY(addProspect(QStringLiteral("p%1@acme.io").arg(i), 70 + i) > 0);
        addOutbox(QStringLiteral("hubspot"), QStringLiteral("upsert_contact"), kDayStart + 1);
        AutopilotSettings settings = defaults();
        settings.limits.dailyHubSpotCreates = 3;
        const RunPlanner::Plan p = plan(settings);
        QCOMPARE(p.report.selected, 4);
        QCOMPARE(p.report.synced, 2);
        QCOMPARE(p.report.enrolled, 2); // only what was synced is enrolled
        QCOMPARE(p.report.skippedByReason.value(skip::dailyCapReached), 2);
        QCOMPARE(p.report.status, runstatus::succeeded);
    }

    void switchedOffStepsDoNothing() {
        addProspect(QStringLiteral("ann@acme.io"), 90);
        AutopilotSettings settings = defaults();
        settings.steps.syncHubSpot = false;
        RunPlanner::Plan p = plan(settings);
        QCOMPARE(p.report.synced, 0);
        QCOMPARE(p.report.enrolled, 1);
        settings.steps.syncHubSpot = true;
        settings.steps.enroll = false;
        p = plan(settings);
        QCOMPARE(p.report.synced, 1);
        QCOMPARE(p.report.enrolled, 0);
    }

    void unreadableUsageFailsClosed() {
        addProspect(QStringLiteral("ann@acme.io"), 90);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("DROP VIEW IF EXISTS outbox_dead_letters")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE outbox")));
        const RunPlanner::Plan p = plan(defaults());
        QCOMPARE(p.report.status, runstatus::failed);
        QCOMPARE(p.report.synced, 0);
        QCOMPARE(p.report.enrolled, 0);
        QCOMPARE(p.report.errors.size(), 2); // both steps stopped
    }

    void unreadableSuppressionListFailsClosed() {
        addProspect(QStringLiteral("ann@acme.io"), 90);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%suppress%'")));
        QVERIFY(q.next());
        const QString table = q.value(0).toString();
        QVERIFY(q.exec(QStringLiteral("DROP TABLE ") + table));
        const RunPlanner::Plan p = plan(defaults());
        QCOMPARE(p.report.status, runstatus::failed);
        QCOMPARE(p.report.synced, 0);
        QCOMPARE(p.report.enrolled, 0);
    }

    void noCampaignStopsTheEnrollStepWithItsReason() {
        addProspect(QStringLiteral("ann@acme.io"), 90);
        AutopilotSettings settings = defaults();
        settings.campaignId.clear();
        const RunPlanner::Plan p = plan(settings);
        QCOMPARE(p.report.synced, 1);
        QCOMPARE(p.report.enrolled, 0);
        QCOMPARE(p.report.status, runstatus::failed);
        QCOMPARE(p.report.errors, QStringList{noCampaignText()});
    }

    void defaultSelectionTakesNewAndEnrichedAboveTheMinimumBestFirst() {
        const qint64 low = addProspect(QStringLiteral("low@acme.io"), 40);
        const qint64 good = addProspect(QStringLiteral("good@acme.io"), 70);
        const qint64 best = addProspect(QStringLiteral("best@acme.io"), 95, QStringLiteral("enriched"));
        addProspect(QStringLiteral("synced@acme.io"), 99, QStringLiteral("synced"));
        const qint64 unscored = addProspect(QStringLiteral("new@acme.io"), -1);
        AutopilotSettings settings = defaults();
        sync::VirtualClock clock(kNow);
        DatabaseLookups lookups(*m_db, kDayStart);
        Guardrails guardrails(settings.limits, lookups, QTimeZone::utc());
        RunPlanner planner(*m_db, settings, guardrails, clock, kDayStart);
        QList<Candidate> candidates;
        QString error;
        QVERIFY2(planner.selectCandidates(&candidates, &error), qPrintable(error));
        QList<qint64> ids;
        for (const Candidate &c : candidates)
            ids << c.prospectId;
        // Unscored ones come last: the rescore step scores them before any guardrail looks.
        QCOMPARE(ids, (QList<qint64>{best, good, unscored}));
        QVERIFY(!ids.contains(low));
        settings.selection.maxProspects = 1;
        RunPlanner capped(*m_db, settings, guardrails, clock, kDayStart);
        QVERIFY(capped.selectCandidates(&candidates, &error));
        QCOMPARE(candidates.size(), 1);
    }

    void aSavedViewChoosesTheProspects() {
        addProspect(QStringLiteral("new@acme.io"), 90);
        const qint64 qualified = addProspect(QStringLiteral("q@acme.io"), 90, QStringLiteral("qualified"));
        review::ProspectQuery query;
        query.stages = {QStringLiteral("qualified")};
        QString error;
        const qint64 view =
            review::SavedViewRepository(*m_db).create(QStringLiteral("Qualified"), query, &error);
        QVERIFY2(view > 0, qPrintable(error));
        AutopilotSettings settings = defaults();
        settings.selection.savedViewId = view;
        RunPlanner::Plan p = plan(settings);
        QCOMPARE(p.report.selected, 1);
        QCOMPARE(p.toSync.size(), 1);
        QCOMPARE(p.toSync.first().prospectId, qualified);
        // A view that is gone is an error, not "everything".
        QVERIFY(review::SavedViewRepository(*m_db).remove(view, &error));
        sync::VirtualClock clock(kNow);
        DatabaseLookups lookups(*m_db, kDayStart);
        Guardrails guardrails(settings.limits, lookups, QTimeZone::utc());
        RunPlanner planner(*m_db, settings, guardrails, clock, kDayStart);
        QVERIFY(!planner.plan(kNow, false, &p, &error));
        QVERIFY(error.contains(QStringLiteral("saved view")));
    }

    void theRescoreStepDecidesOnFreshScores() {
        // Stored as 90, but by the default rules an address alone is worth 15.
        const qint64 ann = addProspect(QStringLiteral("ann@acme.io"), 90);
        AutopilotSettings settings = defaults();
        QCOMPARE(plan(settings).report.synced, 1);
        settings.steps.rescore = true;
        const RunPlanner::Plan p = plan(settings);
        QCOMPARE(p.report.synced, 0);
        QCOMPARE(p.report.skippedByReason.value(skip::belowMinScore), 1);
        // Nothing was written: a dry run's rescore happens in memory.
        QCOMPARE(storage::ProspectRepository(*m_db).get(ann)->score, 90);
    }

    void enrichmentIsCappedByTheCreditBudgetAndAsksApprovalAboveTheThreshold() {
        for (int i = 0; i < 3; ++i)
            addProspect(QStringLiteral("p%1@acme.io").arg(i), 80);
        AutopilotSettings settings = defaults();
        settings.limits.dailyCreditBudget = 5; // 2 credits per contact: two fit
        settings.limits.approvalCreditThreshold = 3;
        RunPlanner::Plan p = plan(settings, true);
        QCOMPARE(p.report.enriched, 2);
        QCOMPARE(p.report.creditsUsed, qint64(4));
        QCOMPARE(p.report.skippedByReason.value(skip::creditBudgetReached), 1);
        QVERIFY(p.enrich.budgetReached);
        QVERIFY(p.needsApproval);
        QCOMPARE(p.report.status, runstatus::awaitingApproval);
        settings.limits.approvalCreditThreshold = 4;
        QVERIFY(!plan(settings, true).needsApproval);
        // Without an enrichment engine the step says so and the rest of the run goes on.
        p = plan(settings, false);
        QCOMPARE(p.report.enriched, 0);
        QCOMPARE(p.report.stopReason, enrichmentUnavailableText());
        QCOMPARE(p.report.synced, 3);
    }
};

QTEST_GUILESS_MAIN(TestRunPlanner)
#include "tst_runplanner.moc"

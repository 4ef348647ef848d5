#include "autopilot/databaselookups.h"
#include "autopilot/runplanner.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "sync/suppressionrepository.h"

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

    void addProspect(const QString &email, int score) {
        storage::Prospect p;
        p.email = email;
        p.score = score;
        QVERIFY(storage::ProspectRepository(*m_db).insert(p) > 0);
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

    RunPlanner::Plan plan(const AutopilotSettings &settings) {
        DatabaseLookups lookups(*m_db, kDayStart);
        Guardrails guardrails(settings.limits, lookups, QTimeZone::utc());
        RunPlanner planner(*m_db, settings, guardrails);
        RunPlanner::Plan p;
        QString error;
        if (!planner.plan(kNow, &p, &error))
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

    void planAppliesCapsFromEarlierWritesToday() {
        for (int i = 0; i < 4; ++i)
            addProspect(QStringLiteral("p%1@acme.io").arg(i), 70 + i);
        addOutbox(QStringLiteral("hubspot"), QStringLiteral("upsert_contact"), kDayStart + 1);
        AutopilotSettings settings;
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
        AutopilotSettings settings;
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
        const RunPlanner::Plan p = plan(AutopilotSettings{});
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
        const RunPlanner::Plan p = plan(AutopilotSettings{});
        QCOMPARE(p.report.status, runstatus::failed);
        QCOMPARE(p.report.synced, 0);
        QCOMPARE(p.report.enrolled, 0);
    }
};

QTEST_GUILESS_MAIN(TestRunPlanner)
#include "tst_runplanner.moc"

#include "autopilot/autopilotrunrepository.h"
#include "storage/database.h"
#include "sync/virtualclock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;
using namespace prospector::autopilot;

class TestAutopilotRunRepository : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    sync::VirtualClock m_clock;
    int m_counter = 0;
    static constexpr qint64 kStale = 60 * 1000;

    qint64 beginOk(AutopilotRunRepository &repo, bool dryRun = false) {
        qint64 id = 0, abandoned = 0;
        QString error;
        const auto r = repo.begin(dryRun, QStringLiteral("test"), &id, &abandoned, &error);
        if (r != AutopilotRunRepository::Acquire::Acquired)
            qWarning("begin failed: %s", qPrintable(error));
        return r == AutopilotRunRepository::Acquire::Acquired ? id : 0;
    }

private Q_SLOTS:
    void init() {
        m_db = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        QVERIFY(m_db->schemaVersion() >= 6);
    }
    void cleanup() { m_db.reset(); }

    void secondRunIsRefusedWhileOneIsLive() {
        AutopilotRunRepository repo(*m_db, m_clock, kStale);
        QVERIFY(beginOk(repo) > 0);
        qint64 id = 0, abandoned = 0;
        QString error;
        QCOMPARE(repo.begin(false, QStringLiteral("other"), &id, &abandoned, &error),
                 AutopilotRunRepository::Acquire::Busy);
    }

    void heartbeatKeepsTheLock() {
        AutopilotRunRepository repo(*m_db, m_clock, kStale);
        const qint64 run = beginOk(repo);
        QString error;
        m_clock.advance(kStale - 1000);
        QVERIFY2(repo.heartbeat(run, &error), qPrintable(error));
        m_clock.advance(kStale - 1000);
        qint64 id = 0, abandoned = 0;
        QCOMPARE(repo.begin(false, QStringLiteral("other"), &id, &abandoned, &error),
                 AutopilotRunRepository::Acquire::Busy);
    }

    void staleLockOfACrashedRunIsTakenOver() {
        AutopilotRunRepository crashed(*m_db, m_clock, kStale);
        const qint64 dead = beginOk(crashed);
        m_clock.advance(kStale + 1);
        AutopilotRunRepository repo(*m_db, m_clock, kStale);
        qint64 id = 0, abandoned = 0;
        QString error;
        QCOMPARE(repo.begin(false, QStringLiteral("new"), &id, &abandoned, &error),
                 AutopilotRunRepository::Acquire::Acquired);
        QCOMPARE(abandoned, dead);
        QVERIFY(id != dead);
        QList<RunReport> runs;
        QVERIFY(repo.recent(10, &runs, &error));
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(1).status, runstatus::abandoned);
        QCOMPARE(runs.at(1).errors.size(), 1);
        // The crashed process can no longer finish or heartbeat the run it lost.
        RunReport late;
        late.id = dead;
        late.status = runstatus::succeeded;
        QVERIFY(!crashed.finish(late, &error));
        QVERIFY(!crashed.heartbeat(dead, &error));
    }

    void finishStoresTheReportAndReleasesTheLock() {
        AutopilotRunRepository repo(*m_db, m_clock, kStale);
        RunReport report;
        report.id = beginOk(repo, true);
        m_clock.advance(1500);
        report.status = runstatus::succeeded;
        report.dryRun = true;
        report.selected = 12;
        report.synced = 7;
        report.enrolled = 4;
        report.skippedByReason = {{QStringLiteral("suppressed"), 2}, {QStringLiteral("below_min_score"), 3}};
        report.errors = {QStringLiteral("lemlist: 503")};
        QString error;
        QVERIFY2(repo.finish(report, &error), qPrintable(error));
        QList<RunReport> runs;
        QVERIFY(repo.recent(10, &runs, &error));
        QCOMPARE(runs.size(), 1);
        const RunReport &stored = runs.first();
        QCOMPARE(stored.status, runstatus::succeeded);
        QVERIFY(stored.dryRun);
        QCOMPARE(stored.selected, 12);
        QCOMPARE(stored.synced, 7);
        QCOMPARE(stored.enrolled, 4);
        QCOMPARE(stored.skippedByReason, report.skippedByReason);
        QCOMPARE(stored.skippedTotal(), 5);
        QCOMPARE(stored.errors, report.errors);
        QCOMPARE(stored.durationMs(), qint64(1500));
        // Lock released: a new run starts at once.
        QVERIFY(beginOk(repo) > 0);
    }

    void finishRequiresAFinalStatus() {
        AutopilotRunRepository repo(*m_db, m_clock, kStale);
        RunReport report;
        report.id = beginOk(repo);
        report.status = runstatus::running;
        QString error;
        QVERIFY(!repo.finish(report, &error));
    }

    void dryRunsDoNotMoveTheSchedule() {
        AutopilotRunRepository repo(*m_db, m_clock, kStale);
        QString error;
        qint64 last = -1;
        QVERIFY(repo.lastRealRunStartedAt(&last, &error));
        QCOMPARE(last, qint64(0));
        RunReport real;
        real.id = beginOk(repo);
        const qint64 realStart = m_clock.nowMs();
        real.status = runstatus::succeeded;
        QVERIFY(repo.finish(real, &error));
        m_clock.advance(5000);
        RunReport dry;
        dry.id = beginOk(repo, true);
        dry.status = runstatus::succeeded;
        QVERIFY(repo.finish(dry, &error));
        QVERIFY(repo.lastRealRunStartedAt(&last, &error));
        QCOMPARE(last, realStart);
    }

    void databaseErrorIsReportedNotBusy() {
        AutopilotRunRepository repo(*m_db, m_clock, kStale);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE autopilot_runs")));
        qint64 id = 0, abandoned = 0;
        QString error;
        QCOMPARE(repo.begin(false, QStringLiteral("x"), &id, &abandoned, &error),
                 AutopilotRunRepository::Acquire::Error);
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAutopilotRunRepository)
#include "tst_autopilotrunrepository.moc"

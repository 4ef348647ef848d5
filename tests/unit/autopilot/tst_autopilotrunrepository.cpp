#include "autopilot/autopilotrunrepository.h"
#include "storage/database.h"
#include "sync/virtualclock.h"

#include <QJsonArray>
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

    qint64 beginOk(AutopilotRunRepository &repo, const QString &owner = QStringLiteral("a")) {
        qint64 id = 0;
        QString error;
        const auto r = repo.begin(runorigin::manual, owner, &id, &error);
        if (r != AutopilotRunRepository::Acquire::Acquired)
            qWarning("begin failed: %s", qPrintable(error));
        return r == AutopilotRunRepository::Acquire::Acquired ? id : 0;
    }

    RunReport reportFor(qint64 id, const QString &status) {
        RunReport r;
        r.id = id;
        r.status = status;
        return r;
    }

private Q_SLOTS:
    void init() {
        m_db = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        QVERIFY(m_db->schemaVersion() >= 15);
    }
    void cleanup() { m_db.reset(); }

    void aSecondRunIsRefusedWhileOneIsOpen_data() {
        QTest::addColumn<QString>("status");
        QTest::newRow("running") << runstatus::running;
        QTest::newRow("awaiting approval") << runstatus::awaitingApproval;
        QTest::newRow("paused") << runstatus::paused;
    }
    void aSecondRunIsRefusedWhileOneIsOpen() {
        QFETCH(QString, status);
        AutopilotRunRepository repo(*m_db, m_clock);
        const qint64 run = beginOk(repo);
        QString error;
        if (status != runstatus::running)
            QVERIFY2(repo.leave(reportFor(run, status), QStringLiteral("a"), &error), qPrintable(error));
        qint64 id = 0;
        QCOMPARE(repo.begin(runorigin::schedule, QStringLiteral("b"), &id, &error),
                 AutopilotRunRepository::Acquire::Busy);
        std::optional<RunState> open;
        QVERIFY(repo.openRun(&open, &error));
        QVERIFY(open);
        QCOMPARE(open->id, run);
        QCOMPARE(open->status, status);
    }

    void progressIsPersistedAndOnlyTheOwnerWritesIt() {
        AutopilotRunRepository repo(*m_db, m_clock);
        RunState state;
        QString error;
        QVERIFY(repo.load(beginOk(repo, QStringLiteral("first")), &state, &error));
        QCOMPARE(state.step, QStringLiteral("select"));
        QVERIFY(!state.hasSelection);
        state.step = QStringLiteral("sync");
        state.hasSelection = true;
        state.selection = {5, 3, 9};
        state.steps.insert(QStringLiteral("sync"),
                           QJsonObject{{QStringLiteral("allowed"), QJsonArray{5, 9}}});
        QVERIFY2(repo.saveProgress(state, &error), qPrintable(error));

        RunState loaded;
        QVERIFY(repo.load(state.id, &loaded, &error));
        QCOMPARE(loaded.step, QStringLiteral("sync"));
        QCOMPARE(loaded.selection, (QList<qint64>{5, 3, 9}));
        QCOMPARE(loaded.steps, state.steps);
        QCOMPARE(loaded.owner, QStringLiteral("first"));

        // Another process continues it (the first one died): the first can no longer write.
        QVERIFY2(repo.takeOver(state.id, runstatus::running, QStringLiteral("second"), &error),
                 qPrintable(error));
        QVERIFY(!repo.saveProgress(state, &error));
        QVERIFY(!repo.heartbeat(state.id, QStringLiteral("first"), &error));
        QVERIFY(!repo.leave(reportFor(state.id, runstatus::succeeded), QStringLiteral("first"), &error));
        QVERIFY(repo.heartbeat(state.id, QStringLiteral("second"), &error));
        // takeOver names the state it expects: a run that is not paused cannot be "resumed".
        QVERIFY(!repo.takeOver(state.id, runstatus::paused, QStringLiteral("third"), &error));
    }

    void leaveStoresTheReportAndClosesOnlyFinalStatuses() {
        AutopilotRunRepository repo(*m_db, m_clock);
        const qint64 started = m_clock.nowMs();
        RunReport report = reportFor(beginOk(repo), runstatus::paused);
        report.selected = 12;
        report.enriched = 4;
        report.cacheHits = 2;
        report.rescored = 6;
        report.synced = 7;
        report.enrolled = 3;
        report.replies = 1;
        report.creditsUsed = 9;
        report.skippedByReason = {{QStringLiteral("suppressed"), 2}, {QStringLiteral("below_min_score"), 3}};
        report.errors = {QStringLiteral("lemlist: 503")};
        report.stopReason = QStringLiteral("Stopped by the kill switch");
        QString error;
        QVERIFY2(repo.leave(report, QStringLiteral("a"), &error), qPrintable(error));
        RunReport stored;
        QVERIFY(repo.report(report.id, &stored, &error));
        QCOMPARE(stored.status, runstatus::paused);
        QCOMPARE(stored.finishedAt, qint64(0)); // paused is not over
        QCOMPARE(stored.selected, 12);
        QCOMPARE(stored.enriched, 4);
        QCOMPARE(stored.cacheHits, 2);
        QCOMPARE(stored.rescored, 6);
        QCOMPARE(stored.synced, 7);
        QCOMPARE(stored.enrolled, 3);
        QCOMPARE(stored.replies, 1);
        QCOMPARE(stored.creditsUsed, qint64(9));
        QCOMPARE(stored.skippedByReason, report.skippedByReason);
        QCOMPARE(stored.skippedTotal(), 5);
        QCOMPARE(stored.errors, report.errors);
        QCOMPARE(stored.stopReason, report.stopReason);
        QCOMPARE(stored.origin, runorigin::manual);

        QVERIFY(repo.takeOver(report.id, runstatus::paused, QStringLiteral("b"), &error));
        m_clock.advance(1500);
        report.status = runstatus::succeeded;
        QVERIFY(repo.leave(report, QStringLiteral("b"), &error));
        QVERIFY(repo.report(report.id, &stored, &error));
        QCOMPARE(stored.durationMs(), qint64(1500));
        QCOMPARE(stored.startedAt, started);
        std::optional<RunState> open;
        QVERIFY(repo.openRun(&open, &error));
        QVERIFY(!open);
        QVERIFY(beginOk(repo) > 0); // closed: a new run starts
    }

    void leaveNeedsAnotherState() {
        AutopilotRunRepository repo(*m_db, m_clock);
        const qint64 run = beginOk(repo);
        QString error;
        QVERIFY(!repo.leave(reportFor(run, runstatus::running), QStringLiteral("a"), &error));
        QVERIFY(!repo.leave(reportFor(run, {}), QStringLiteral("a"), &error));
    }

    void onlyAWaitingRunCanBeRejected() {
        AutopilotRunRepository repo(*m_db, m_clock);
        const qint64 run = beginOk(repo);
        QString error;
        QVERIFY(!repo.reject(run, QStringLiteral("no"), &error));
        QVERIFY(repo.leave(reportFor(run, runstatus::awaitingApproval), QStringLiteral("a"), &error));
        QVERIFY2(repo.reject(run, QStringLiteral("no"), &error), qPrintable(error));
        RunReport stored;
        QVERIFY(repo.report(run, &stored, &error));
        QCOMPARE(stored.status, runstatus::rejected);
        QVERIFY(stored.finishedAt > 0);
        QVERIFY(!repo.reject(run, QStringLiteral("again"), &error));
    }

    void dryRunsAreRecordedAndDoNotMoveTheSchedule() {
        AutopilotRunRepository repo(*m_db, m_clock);
        QString error;
        qint64 last = -1;
        QVERIFY(repo.lastRealRunStartedAt(&last, &error));
        QCOMPARE(last, qint64(0));
        const qint64 realStart = m_clock.nowMs();
        QVERIFY(repo.leave(reportFor(beginOk(repo), runstatus::succeeded), QStringLiteral("a"), &error));
        m_clock.advance(5000);
        RunReport dry = reportFor(0, runstatus::succeeded);
        dry.dryRun = true;
        dry.startedAt = m_clock.nowMs();
        dry.finishedAt = dry.startedAt + 10;
        dry.synced = 4;
        QVERIFY2(repo.recordDryRun(&dry, &error), qPrintable(error));
        QVERIFY(dry.id > 0);
        QVERIFY(repo.lastRealRunStartedAt(&last, &error));
        QCOMPARE(last, realStart);
        QList<RunReport> runs;
        QVERIFY(repo.recent(10, &runs, &error));
        QCOMPARE(runs.size(), 2);
        QVERIFY(runs.first().dryRun);
        QCOMPARE(runs.first().synced, 4);
        std::optional<RunState> open;
        QVERIFY(repo.openRun(&open, &error));
        QVERIFY(!open);
    }

    void databaseErrorIsReportedNotBusy() {
        AutopilotRunRepository repo(*m_db, m_clock);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE autopilot_run_items")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE autopilot_runs")));
        qint64 id = 0;
        QString error;
        QCOMPARE(repo.begin(runorigin::manual, QStringLiteral("x"), &id, &error),
                 AutopilotRunRepository::Acquire::Error);
        QVERIFY(!error.isEmpty());
    }

    void schema15KeepsOlderRunsAndAbandonsOnesLeftRunning() {
        const QString file = m_dir.filePath(QStringLiteral("v6.db"));
        QList<storage::Migration> before = storage::schemaMigrations();
        while (!before.isEmpty() && before.constLast().version >= 15)
            before.removeLast();
        QString error;
        {
            storage::Database old(file);
            QVERIFY2(old.open(&error, before), qPrintable(error));
            QSqlQuery q(old.connection());
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO autopilot_runs (started_at, finished_at, heartbeat_at, owner, status, dry_run, "
                "selected, synced, enrolled, skipped_json) VALUES (100, 200, 150, 'cli:1', 'succeeded', 1, "
                "3, 2, "
                "1, '{\"suppressed\":1}')")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO autopilot_runs (started_at, heartbeat_at, owner, status) "
                                      "VALUES (300, 350, 'cli:2', 'running')")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO prospects (email, custom_fields, created_at, updated_at) "
                                      "VALUES ('tz@acme.io', '{\"Time Zone\":\"Europe/Paris\"}', 1, 1)")));
        }
        storage::Database db(file);
        QVERIFY2(db.open(&error), qPrintable(error));
        AutopilotRunRepository repo(db, m_clock);
        QList<RunReport> runs;
        QVERIFY(repo.recent(10, &runs, &error));
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).status, runstatus::abandoned);
        QCOMPARE(runs.at(0).finishedAt, qint64(350));
        QCOMPARE(runs.at(1).status, runstatus::succeeded);
        QCOMPARE(runs.at(1).synced, 2);
        QCOMPARE(runs.at(1).skippedByReason.value(QStringLiteral("suppressed")), 1);
        std::optional<RunState> open;
        QVERIFY(repo.openRun(&open, &error));
        QVERIFY(!open);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT time_zone FROM prospects WHERE email = 'tz@acme.io'")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Europe/Paris"));
    }
};

QTEST_GUILESS_MAIN(TestAutopilotRunRepository)
#include "tst_autopilotrunrepository.moc"

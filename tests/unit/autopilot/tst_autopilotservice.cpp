// AutopilotService on a virtual clock: the schedule (interval and daily) with one catch-up run
// for missed slots, opt-in and the kill switch, the states the tray shows, and a run whose
// process died being continued at start. Runs here only rescore (no service is reachable, and
// any remote call fails the test).
#include "autopilot/autopilotrunrepository.h"
#include "autopilot/autopilotservice.h"
#include "autopilot/autopilotsettingsstore.h"
#include "autopilot/enrichmentqueue.h"
#include "autopilot/operationdrainer.h"
#include "autopilot/replypoller.h"
#include "autopilot/runlock.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "storage/settingsrepository.h"
#include "sync/virtualclock.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;
using namespace prospector::autopilot;

namespace {

qint64 utc(int y, int mo, int d, int h, int mi) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc()).toMSecsSinceEpoch();
}
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;

class NoRemoteDrainer final : public OperationDrainer {
public:
    int calls = 0;
    void drain(const QList<qint64> &, const QStringList &, std::function<void(const Result &)>) override {
        ++calls;
    }
    bool supports(const QString &) const override { return true; }
    void abort() override {}
};

class NoRemotePoller final : public ReplyPoller {
public:
    int calls = 0;
    void poll(std::function<void(const Result &)>) override { ++calls; }
};

} // namespace

class TestAutopilotService : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<storage::Database> m_db;
    sync::VirtualClock m_clock{utc(2026, 11, 23, 8, 0)}; // a Monday
    NoRemoteDrainer m_drainer;
    NoEnrichment m_enrichment;
    NoRemotePoller m_poller;

    std::unique_ptr<AutopilotService> service() {
        return std::make_unique<AutopilotService>(*m_db, m_clock, QTimeZone::utc(), m_drainer, m_enrichment,
                                                  m_poller);
    }

    void save(const std::function<void(AutopilotSettings &)> &change) {
        AutopilotSettings s;
        s.steps = {false, true, false, false, false}; // rescore only
        change(s);
        storage::SettingsRepository repo(*m_db);
        QString error;
        QVERIFY2(AutopilotSettingsStore(repo).save(s, &error), qPrintable(error));
    }

    static RunReport waitFinished(QSignalSpy &spy) {
        if (spy.isEmpty())
            spy.wait(10'000);
        return spy.isEmpty() ? RunReport{} : spy.takeFirst().at(0).value<RunReport>();
    }

    int realRuns() {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM autopilot_runs WHERE dry_run = 0")) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RunReport>(); }

    void init() {
        m_db = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_clock.set(utc(2026, 11, 23, 8, 0));
        storage::Prospect p;
        p.email = QStringLiteral("vp@acme.io");
        p.title = QStringLiteral("VP Sales");
        QVERIFY(storage::ProspectRepository(*m_db).insert(p) > 0);
    }
    void cleanup() {
        QCOMPARE(m_drainer.calls, 0);
        QCOMPARE(m_poller.calls, 0);
        m_db.reset();
    }

    void offByDefaultNothingRuns() {
        auto s = service();
        QSignalSpy started(s.get(), &AutopilotControl::runStarted);
        QVERIFY(s->start());
        QCOMPARE(s->state(), AutopilotControl::State::Off);
        QCOMPARE(s->nextRunAt(), qint64(-1));
        m_clock.advance(48 * kHour);
        s->tick();
        QCOMPARE(started.size(), 0);
        QCOMPARE(realRuns(), 0);
    }

    void intervalScheduleCatchesUpMissedSlotsOnce() {
        save([](AutopilotSettings &s) {
            s.enabled = true;
            s.schedule.kind = Schedule::Kind::Interval;
            s.schedule.intervalMinutes = 60;
        });
        auto s = service();
        QSignalSpy started(s.get(), &AutopilotControl::runStarted);
        QSignalSpy finished(s.get(), &AutopilotControl::runFinished);
        QVERIFY(s->start()); // never ran: due at once
        RunReport r = waitFinished(finished);
        QCOMPARE(r.status, runstatus::succeeded);
        QCOMPARE(r.origin, runorigin::schedule);
        QCOMPARE(r.rescored, 1);
        QCOMPARE(s->state(), AutopilotControl::State::Idle);
        QTRY_COMPARE(s->nextRunAt(), m_clock.nowMs() + kHour);

        m_clock.advance(30 * kMinute);
        s->tick();
        QCOMPARE(started.size(), 1);

        // Closed or asleep for five hours: five slots passed, ONE run catches up.
        m_clock.advance(5 * kHour);
        s->tick();
        r = waitFinished(finished);
        QCOMPARE(started.size(), 2);
        QCOMPARE(r.origin, runorigin::catchUp);
        s->tick();
        QTest::qWait(50);
        QCOMPARE(started.size(), 2);
        QCOMPARE(realRuns(), 2);
        QCOMPARE(s->nextRunAt(), m_clock.nowMs() + kHour); // counted from the catch-up run
    }

    void dailyScheduleCatchesUpOnceAfterARestart() {
        save([](AutopilotSettings &s) {
            s.enabled = true;
            s.schedule.kind = Schedule::Kind::Daily;
            s.schedule.dailyTime = QTime(9, 0);
            s.schedule.weekdays = workingWeekdays();
        });
        {
            QSqlQuery q(m_db->connection());
            q.prepare(
                QStringLiteral("INSERT INTO autopilot_runs (started_at, finished_at, heartbeat_at, owner, "
                               "status, step) VALUES (?, ?, ?, 'app', 'succeeded', 'done')"));
            q.addBindValue(utc(2026, 11, 23, 9, 0));
            q.addBindValue(utc(2026, 11, 23, 9, 1));
            q.addBindValue(utc(2026, 11, 23, 9, 1));
            QVERIFY(q.exec());
        }
        m_clock.set(utc(2026, 11, 26, 15, 0)); // Thursday: Tuesday, Wednesday and today's slots missed
        auto s = service();
        QSignalSpy started(s.get(), &AutopilotControl::runStarted);
        QSignalSpy finished(s.get(), &AutopilotControl::runFinished);
        QVERIFY(s->start());
        const RunReport r = waitFinished(finished);
        QCOMPARE(r.origin, runorigin::catchUp);
        s->tick();
        QTest::qWait(50);
        QCOMPARE(started.size(), 1);
        QTRY_COMPARE(s->nextRunAt(), utc(2026, 11, 27, 9, 0));
        m_clock.set(utc(2026, 11, 27, 9, 0));
        s->tick();
        QCOMPARE(waitFinished(finished).origin, runorigin::schedule);
        QCOMPARE(realRuns(), 3);
    }

    void theKillSwitchHoldsOffEveryRunUntilResumed() {
        save([](AutopilotSettings &s) {
            s.enabled = true;
            s.paused = true;
            s.schedule.kind = Schedule::Kind::Interval;
        });
        auto s = service();
        QSignalSpy started(s.get(), &AutopilotControl::runStarted);
        QSignalSpy problems(s.get(), &AutopilotControl::problem);
        QSignalSpy finished(s.get(), &AutopilotControl::runFinished);
        QVERIFY(s->start());
        QCOMPARE(s->state(), AutopilotControl::State::Paused);
        QCOMPARE(s->nextRunAt(), qint64(-1));
        s->runNow(false);
        QCOMPARE(started.size(), 0);
        QCOMPARE(problems.size(), 1);
        // A dry run writes nothing, so it is allowed while paused.
        s->runNow(true);
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.takeFirst().at(0).value<RunReport>().dryRun);
        QCOMPARE(realRuns(), 0);

        s->resume();
        QCOMPARE(waitFinished(finished).status, runstatus::succeeded);
        QCOMPARE(s->state(), AutopilotControl::State::Idle);
        s->pause();
        QCOMPARE(s->state(), AutopilotControl::State::Paused);
        storage::SettingsRepository repo(*m_db);
        AutopilotSettings stored;
        QString error;
        QVERIFY(AutopilotSettingsStore(repo).load(&stored, &error));
        QVERIFY(stored.paused); // persisted: survives a restart
        QVERIFY(stored.enabled);
    }

    void optingInAndOutAndTheStatesOnTheWay() {
        save([](AutopilotSettings &s) { s.schedule.kind = Schedule::Kind::Interval; });
        auto s = service();
        QSignalSpy changed(s.get(), &AutopilotControl::stateChanged);
        QSignalSpy finished(s.get(), &AutopilotControl::runFinished);
        QVERIFY(s->start());
        QCOMPARE(s->state(), AutopilotControl::State::Off);
        QString error;
        QVERIFY(s->setEnabled(true, &error));
        QCOMPARE(s->state(), AutopilotControl::State::Running); // due at once
        waitFinished(finished);
        QCOMPARE(s->state(), AutopilotControl::State::Idle);
        QVERIFY(changed.size() >= 2);
        QVERIFY(s->setEnabled(false, &error));
        QCOMPARE(s->state(), AutopilotControl::State::Off);
        QVERIFY(!s->settings().enabled);

        AutopilotSettings edited = s->settings();
        edited.limits.minScore = 77;
        edited.campaignId = QStringLiteral("cam_x");
        QVERIFY(s->setSettings(edited, &error));
        auto again = service();
        QVERIFY(again->start());
        QCOMPARE(again->settings().limits.minScore, 77);
        QCOMPARE(again->settings().campaignId, QStringLiteral("cam_x"));
    }

    void unreadableSettingsRunNothingAndSaySo() {
        storage::SettingsRepository repo(*m_db);
        QVERIFY(repo.setValue(AutopilotSettingsStore::key(), QStringLiteral("{broken")));
        auto s = service();
        QSignalSpy started(s.get(), &AutopilotControl::runStarted);
        QString error;
        QVERIFY(!s->start(&error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(s->state(), AutopilotControl::State::NeedsAttention);
        QCOMPARE(s->attentionReason(), error);
        s->runNow(false);
        QCOMPARE(started.size(), 0);
    }

    void aRunWhoseProcessDiedIsContinuedFromItsStepAtStart() {
        save([](AutopilotSettings &) {});
        // A run killed after selecting, before rescoring: its row still says running.
        qint64 runId = 0;
        {
            AutopilotRunRepository runs(*m_db, m_clock);
            QString error;
            QCOMPARE(runs.begin(runorigin::schedule, QStringLiteral("app:1:dead"), &runId, &error),
                     AutopilotRunRepository::Acquire::Acquired);
            RunState state;
            QVERIFY(runs.load(runId, &state, &error));
            state.step = QStringLiteral("rescore");
            state.hasSelection = true;
            state.selection = {1};
            QVERIFY(runs.saveProgress(state, &error));
        }
        {
            // While another live process holds the run, it is left alone.
            RunLock other(m_db->filePath());
            QVERIFY(other.tryLock());
            auto s = service();
            QSignalSpy started(s.get(), &AutopilotControl::runStarted);
            QVERIFY(s->start());
            QCOMPARE(started.size(), 0);
            QString message;
            QCOMPARE(s->startRun(runorigin::manual, &message), AutopilotService::StartResult::Busy);
        }
        auto s = service();
        QSignalSpy started(s.get(), &AutopilotControl::runStarted);
        QSignalSpy finished(s.get(), &AutopilotControl::runFinished);
        QVERIFY(s->start());
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().at(0).toLongLong(), runId);
        const RunReport r = waitFinished(finished);
        QCOMPARE(r.id, runId);
        QCOMPARE(r.status, runstatus::succeeded);
        QCOMPARE(r.selected, 1);
        QCOMPARE(r.rescored, 1);
        QCOMPARE(realRuns(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAutopilotService)
#include "tst_autopilotservice.moc"

#include "net/apierror.h"
#include "storage/database.h"
#include "sync/networkmonitor.h"
#include "sync/outboxfailurehandler.h"
#include "sync/outboxrepository.h"
#include "sync/retryschedule.h"
#include "sync/servicedrain.h"
#include "sync/syncengine.h"
#include "sync/transaction.h"
#include "sync/virtualclock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;
using namespace prospector::sync;

namespace {

// A drain over the real outbox whose "remote call" outcome is scripted per batch.
class ScriptedDrain final : public ServiceDrain {
public:
    enum class Outcome { Succeed, AuthFailure, NetworkFailure };
    ScriptedDrain(QString service, OutboxRepository &outbox, const Clock &clock)
        : m_service(std::move(service))
        , m_outbox(outbox)
        , m_failures(outbox, clock) {}

    QString service() const override { return m_service; }
    void drainBatch(std::function<void(const DrainReport &)> done) override {
        ++batches;
        DrainReport report;
        const auto ops = m_outbox.claimDue(m_service, {}, 2);
        report.claimed = int(ops.size());
        const Outcome outcome = script.isEmpty() ? Outcome::Succeed : script.takeFirst();
        for (const auto &op : ops) {
            if (outcome == Outcome::Succeed) {
                Transaction tx(m_outbox.database().connection());
                if (m_outbox.complete(tx, op, {}) && tx.commit())
                    ++report.completed;
            } else {
                net::ApiError error;
                error.kind =
                    outcome == Outcome::AuthFailure ? net::ApiErrorKind::Auth : net::ApiErrorKind::Network;
                m_failures.apply(op, error, report);
            }
        }
        // Asynchronous like a real drain.
        QTimer::singleShot(0, [done, report] { done(report); });
    }

    QList<Outcome> script;
    int batches = 0;

private:
    QString m_service;
    OutboxRepository &m_outbox;
    OutboxFailureHandler m_failures;
};

} // namespace

class TestSyncEngine : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<storage::Database> m_db;
    VirtualClock m_clock;
    RetrySchedule m_schedule{RetryConfig{1000, 60'000, 6}, [] {
                                 return 1.0;
                             }};

    void enqueue(OutboxRepository &outbox, const QString &service, int n) {
        Transaction tx(m_db->connection());
        for (int i = 0; i < n; ++i) {
            OutboxOperation op;
            op.service = service;
            op.kind = QStringLiteral("k");
            op.idempotencyKey = service + QStringLiteral(":%1").arg(i);
            QVERIFY(outbox.enqueue(tx, op, OutboxRepository::OnDuplicate::Keep) ==
                    OutboxRepository::EnqueueResult::Inserted);
        }
        QVERIFY(tx.commit());
    }

private Q_SLOTS:
    void init() {
        m_db = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void drainsEveryServiceUntilIdleAfterRecovering() {
        OutboxRepository outbox(*m_db, m_clock, m_schedule);
        enqueue(outbox, QStringLiteral("hubspot"), 5);
        enqueue(outbox, QStringLiteral("lemlist"), 3);
        QCOMPARE(outbox.claimDue(QStringLiteral("hubspot"), {}, 1).size(), 1); // a dead process's claim
        ScriptedDrain hubspot(QStringLiteral("hubspot"), outbox, m_clock);
        ScriptedDrain lemlist(QStringLiteral("lemlist"), outbox, m_clock);
        SyncEngine engine(outbox, m_clock, {&hubspot, &lemlist});
        QSignalSpy idle(&engine, &SyncEngine::idle);
        QVERIFY(engine.start());
        QVERIFY(engine.isBusy());
        QTRY_VERIFY(outbox.countsByState().value(QStringLiteral("done")) == 8);
        QTRY_VERIFY(!idle.isEmpty() && !engine.isBusy());
        QCOMPARE(engine.totals().completed, 8);
        QCOMPARE(hubspot.batches, 3); // 2 + 2 + 1 (the recovered one included)
        QCOMPARE(lemlist.batches, 2);
    }

    void authFailurePausesOnlyThatService() {
        OutboxRepository outbox(*m_db, m_clock, m_schedule);
        enqueue(outbox, QStringLiteral("hubspot"), 4);
        enqueue(outbox, QStringLiteral("lemlist"), 2);
        ScriptedDrain hubspot(QStringLiteral("hubspot"), outbox, m_clock);
        hubspot.script = {ScriptedDrain::Outcome::AuthFailure};
        ScriptedDrain lemlist(QStringLiteral("lemlist"), outbox, m_clock);
        SyncEngine engine(outbox, m_clock, {&hubspot, &lemlist});
        QSignalSpy paused(&engine, &SyncEngine::servicePaused);
        QVERIFY(engine.start());
        QTRY_COMPARE(paused.size(), 1);
        QCOMPARE(paused.first().first().toString(), QStringLiteral("hubspot"));
        QVERIFY(engine.isPaused(QStringLiteral("hubspot")));
        QTRY_COMPARE(outbox.countsByState(QStringLiteral("lemlist")).value(QStringLiteral("done")), 2);
        QCOMPARE(hubspot.batches, 1);
        QCOMPARE(outbox.countsByState(QStringLiteral("hubspot")).value(QStringLiteral("queued")), 2);
        engine.resumeService(QStringLiteral("hubspot"));
        QTRY_COMPARE(outbox.countsByState(QStringLiteral("hubspot")).value(QStringLiteral("done")), 2);
    }

    void networkFailuresTakeItOfflineUntilTheNetworkReturns() {
        OutboxRepository outbox(*m_db, m_clock, m_schedule);
        enqueue(outbox, QStringLiteral("hubspot"), 2);
        ScriptedDrain hubspot(QStringLiteral("hubspot"), outbox, m_clock);
        hubspot.script = {ScriptedDrain::Outcome::NetworkFailure};
        SyncEngine engine(outbox, m_clock, {&hubspot});
        engine.setOfflineProbeIntervalMs(60'000);
        QSignalSpy online(&engine, &SyncEngine::onlineChanged);
        QVERIFY(engine.start());
        QTRY_COMPARE(online.size(), 1);
        QCOMPARE(online.first().first().toBool(), false);
        m_clock.advance(120'000); // the retry is due, but we are offline: nothing is tried
        QTest::qWait(50);
        QCOMPARE(hubspot.batches, 1);
        QCOMPARE(outbox.countsByState().value(QStringLiteral("unknown")), 2); // waiting, not lost
        engine.setOnline(true);
        QTRY_COMPARE(outbox.countsByState().value(QStringLiteral("done")), 2);
        QCOMPARE(hubspot.batches, 2);
    }

    void onlyADisconnectedMachineIsOffline() {
        QVERIFY(NetworkMonitor::isOffline(QNetworkInformation::Reachability::Disconnected));
        QVERIFY(!NetworkMonitor::isOffline(QNetworkInformation::Reachability::Local));
        QVERIFY(!NetworkMonitor::isOffline(QNetworkInformation::Reachability::Unknown));
        QVERIFY(!NetworkMonitor::isOffline(QNetworkInformation::Reachability::Online));
    }

    void stopStartsNoNewBatch() {
        OutboxRepository outbox(*m_db, m_clock, m_schedule);
        enqueue(outbox, QStringLiteral("hubspot"), 6);
        ScriptedDrain hubspot(QStringLiteral("hubspot"), outbox, m_clock);
        SyncEngine engine(outbox, m_clock, {&hubspot});
        QVERIFY(engine.start());
        engine.stop();
        QTRY_VERIFY(!engine.isBusy());
        QTest::qWait(50);
        QCOMPARE(hubspot.batches, 1);
        QCOMPARE(outbox.countsByState().value(QStringLiteral("done")), 2);
        QCOMPARE(outbox.countsByState().value(QStringLiteral("queued")), 4);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"

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
    ScriptedDrain(QString service, OutboxRepository &outbox, const Clock &clock, QString kind = {},
                  int inFlight = 1)
        : m_service(std::move(service))
        , m_kind(std::move(kind))
        , m_inFlight(inFlight)
        , m_outbox(outbox)
        , m_failures(outbox, clock) {}

    QString service() const override { return m_service; }
    QString kind() const override { return m_kind; }
    int maxBatchesInFlight() const override { return m_inFlight; }
    void drainBatch(std::function<void(const DrainReport &)> done) override {
        ++batches;
        ++running;
        maxRunning = std::max(maxRunning, running);
        DrainReport report;
        const auto ops = m_outbox.claimDue(m_service, m_kind, 2);
        for (const auto &op : ops)
            order.append(op.idempotencyKey);
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
        // Asynchronous like a real drain (a few ms: long enough for batches to overlap); failures
        // take longer, as timeouts do.
        QTimer::singleShot(outcome == Outcome::Succeed ? 5 : 30, &m_guard, [this, done, report] {
            --running;
            done(report);
        });
    }

    QList<Outcome> script;
    int batches = 0;
    int running = 0;
    int maxRunning = 0;
    QStringList order; // keys in the order they were claimed

private:
    QObject m_guard; // pending completions die with the drain
    QString m_service;
    QString m_kind;
    int m_inFlight;
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

    void enqueue(OutboxRepository &outbox, const QString &service, int n, const QString &kind = QStringLiteral("k"),
                 const QString &dependsOn = {}) {
        Transaction tx(m_db->connection());
        for (int i = 0; i < n; ++i) {
            OutboxOperation op;
            op.service = service;
            op.kind = kind;
            op.dependsOn = dependsOn;
            op.idempotencyKey = service + QLatin1Char(':') + kind + QStringLiteral(":%1").arg(i);
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

    void oneFailingBatchNextToSuccessesIsNotOffline() {
        OutboxRepository outbox(*m_db, m_clock, m_schedule);
        enqueue(outbox, QStringLiteral("hubspot"), 4);
        ScriptedDrain hubspot(QStringLiteral("hubspot"), outbox, m_clock, {}, 2);
        hubspot.script = {ScriptedDrain::Outcome::NetworkFailure, ScriptedDrain::Outcome::Succeed};
        SyncEngine engine(outbox, m_clock, {&hubspot});
        QSignalSpy online(&engine, &SyncEngine::onlineChanged);
        QVERIFY(engine.start());
        QTRY_COMPARE(outbox.countsByState().value(QStringLiteral("done")), 2);
        QTRY_VERIFY(!engine.isBusy());
        QVERIFY(online.isEmpty()); // a connection reset beside a success is a fault, not an outage
        QVERIFY(engine.isOnline());
        m_clock.advance(5'000); // the two unknown outcomes are due again
        QTRY_COMPARE(outbox.countsByState().value(QStringLiteral("done")), 4);
    }

    void onlyADisconnectedMachineIsOffline() {
        QVERIFY(NetworkMonitor::isOffline(QNetworkInformation::Reachability::Disconnected));
        QVERIFY(!NetworkMonitor::isOffline(QNetworkInformation::Reachability::Local));
        QVERIFY(!NetworkMonitor::isOffline(QNetworkInformation::Reachability::Unknown));
        QVERIFY(!NetworkMonitor::isOffline(QNetworkInformation::Reachability::Online));
    }

    void keepsSeveralBatchesOfADrainInFlight() {
        OutboxRepository outbox(*m_db, m_clock, m_schedule);
        enqueue(outbox, QStringLiteral("hubspot"), 12);
        ScriptedDrain hubspot(QStringLiteral("hubspot"), outbox, m_clock, {}, 3);
        SyncEngine engine(outbox, m_clock, {&hubspot});
        QVERIFY(engine.start());
        QTRY_COMPARE(outbox.countsByState().value(QStringLiteral("done")), 12);
        QTRY_VERIFY(!engine.isBusy());
        QCOMPARE(hubspot.maxRunning, 3); // never more than allowed, and the allowance was used
        QCOMPARE(hubspot.batches, 6);    // each batch claimed its own operations
    }

    void drainsOfOneServiceRunSideBySideAndWaitForDependencies() {
        OutboxRepository outbox(*m_db, m_clock, m_schedule);
        // Two kinds of one service; the second depends on the first's operation 0.
        enqueue(outbox, QStringLiteral("hubspot"), 1, QStringLiteral("company"));
        enqueue(outbox, QStringLiteral("hubspot"), 4, QStringLiteral("contact"), QStringLiteral("hubspot:company:0"));
        QCOMPARE(outbox.nextDueAt(QStringLiteral("hubspot"), QStringLiteral("contact")), qint64(0)); // blocked
        QVERIFY(outbox.claimDue(QStringLiteral("hubspot"), QStringLiteral("contact"), 10).isEmpty());
        ScriptedDrain contacts(QStringLiteral("hubspot"), outbox, m_clock, QStringLiteral("contact"), 2);
        ScriptedDrain companies(QStringLiteral("hubspot"), outbox, m_clock, QStringLiteral("company"));
        // The contact drain comes first and is never given the blocked work; the company drain is not
        // starved behind it either.
        SyncEngine engine(outbox, m_clock, {&contacts, &companies});
        QVERIFY(engine.start());
        QTRY_COMPARE(outbox.countsByState().value(QStringLiteral("done")), 5);
        QTRY_VERIFY(!engine.isBusy());
        QCOMPARE(companies.batches, 1);
        QCOMPARE(contacts.batches, 2);
        QCOMPARE(companies.order, QStringList{QStringLiteral("hubspot:company:0")});
    }

    void aDeadDependencyReleasesItsDependents() {
        OutboxRepository outbox(*m_db, m_clock, m_schedule);
        enqueue(outbox, QStringLiteral("hubspot"), 1, QStringLiteral("company"));
        enqueue(outbox, QStringLiteral("hubspot"), 2, QStringLiteral("contact"), QStringLiteral("hubspot:company:0"));
        const auto company = outbox.claimDue(QStringLiteral("hubspot"), QStringLiteral("company"), 1);
        QCOMPARE(company.size(), 1);
        QVERIFY(outbox.nextDueAt(QStringLiteral("hubspot"), QStringLiteral("contact")) == 0); // in flight: still blocked
        QVERIFY(outbox.markDead(company.first(), QStringLiteral("validation"), QStringLiteral("bad domain")));
        QVERIFY(outbox.nextDueAt(QStringLiteral("hubspot"), QStringLiteral("contact")) > 0);
        QCOMPARE(outbox.claimDue(QStringLiteral("hubspot"), QStringLiteral("contact"), 10).size(), 2);
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

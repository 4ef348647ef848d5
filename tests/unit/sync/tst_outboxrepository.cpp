#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "storage/sqlerror.h"
#include "sync/idempotencykey.h"
#include "sync/outboxrepository.h"
#include "sync/retryschedule.h"
#include "sync/transaction.h"
#include "sync/virtualclock.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace prospector;
using namespace prospector::sync;

class TestOutboxRepository : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    VirtualClock m_clock;
    // Fixed jitter 1.0: delays are exactly base * 2^(n-1), so the schedule can be asserted.
    RetrySchedule m_schedule{RetrySchedule::Config{1000, 60'000, 4}, [] {
                                 return 1.0;
                             }};
    int m_counter = 0;

    OutboxOperation upsert(const QString &email, qint64 prospectId = 0) {
        OutboxOperation op;
        op.service = QStringLiteral("hubspot");
        op.kind = QStringLiteral("upsert_contact");
        op.idempotencyKey = IdempotencyKey::hubspotUpsertContact(email);
        op.prospectId = prospectId;
        op.payload = {{QStringLiteral("email"), email}};
        return op;
    }

    qint64 enqueueCommitted(OutboxRepository &repo, OutboxOperation op,
                            OutboxRepository::OnDuplicate mode = OutboxRepository::OnDuplicate::Keep) {
        Transaction tx(m_db->connection());
        if (!tx.isActive())
            return 0;
        if (repo.enqueue(tx, op, mode) == OutboxRepository::EnqueueResult::Error)
            return 0;
        return tx.commit() ? op.id : 0;
    }

    int rowCount(const QString &table) {
        QSqlQuery q(m_db->connection());
        if (!storage::exec(q, QLatin1String("SELECT count(*) FROM ") + table) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private Q_SLOTS:
    void init() {
        m_db = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        QVERIFY(m_db->schemaVersion() >= 5); // later areas add their own versions on top
        m_clock.set(1'700'000'000'000);
    }
    void cleanup() { m_db.reset(); }

    void keysAreNormalized() {
        QCOMPARE(IdempotencyKey::hubspotUpsertContact(QStringLiteral(" Ann@X.io ")),
                 QStringLiteral("hubspot:upsert:ann@x.io"));
        QCOMPARE(IdempotencyKey::lemlistEnroll(QStringLiteral("cam_1"), QStringLiteral("ANN@x.io")),
                 QStringLiteral("lemlist:enroll:cam_1:ann@x.io"));
        QCOMPARE(IdempotencyKey::exploriumEnrich(QStringLiteral("Bo@Y.com")),
                 QStringLiteral("explorium:enrich:bo@y.com"));
        QCOMPARE(IdempotencyKey::normalizeDomain(QStringLiteral("https://WWW.Acme.io:443/about?x=1")),
                 QStringLiteral("acme.io"));
        QCOMPARE(IdempotencyKey::normalizeDomain(QStringLiteral("acme.io.")), QStringLiteral("acme.io"));
    }

    void postponeGivesTheClaimBackWithANote() {
        OutboxRepository repo(*m_db, m_clock, m_schedule);
        QVERIFY(enqueueCommitted(repo, upsert(QStringLiteral("ann@x.io"))) > 0);
        auto claimed = repo.claimDue(QStringLiteral("hubspot"), {}, 10);
        QCOMPARE(claimed.size(), 1);
        QVERIFY(repo.markUnknown(claimed.first(), QStringLiteral("timeout")));
        m_clock.advance(60'000);
        claimed = repo.claimDue(QStringLiteral("hubspot"), {}, 10);
        QCOMPARE(claimed.size(), 1);
        QVERIFY(claimed.first().needsReconcile);
        const int attempts = claimed.first().attempts;
        const qint64 until = m_clock.nowMs() + 30'000;
        QVERIFY(repo.postpone(claimed.first(), until, QStringLiteral("search index may lag"),
                              {{QStringLiteral("missingSince"), m_clock.nowMs()}}));
        const auto op = repo.get(claimed.first().id);
        QCOMPARE(op->state, OutboxState::Unknown); // still to be settled by a read
        QCOMPARE(op->attempts, attempts - 1);      // waiting is not a failed attempt
        QCOMPARE(op->nextAttemptAt, until);
        QCOMPARE(op->result.value(QStringLiteral("missingSince")).toInteger(), m_clock.nowMs());
        QVERIFY(repo.claimDue(QStringLiteral("hubspot"), {}, 10).isEmpty());
        m_clock.advance(30'000);
        claimed = repo.claimDue(QStringLiteral("hubspot"), {}, 10);
        QCOMPARE(claimed.size(), 1);
        QCOMPARE(claimed.first().result.value(QStringLiteral("missingSince")).toInteger(), until - 30'000);
    }

    void dependsOnIsKeptAndRefreshed() {
        OutboxRepository repo(*m_db, m_clock, m_schedule);
        OutboxOperation op = upsert(QStringLiteral("ann@x.io"));
        op.dependsOn = QStringLiteral("hubspot:upsert-company:x.io");
        // enqueueCommitted() takes a copy: the id it returns is the row's (op.id stays 0).
        const qint64 id = enqueueCommitted(repo, op, OutboxRepository::OnDuplicate::RefreshPayload);
        QVERIFY(id > 0);
        std::optional<OutboxOperation> stored = repo.get(id);
        QVERIFY(stored);
        QCOMPARE(stored->dependsOn, QStringLiteral("hubspot:upsert-company:x.io"));
        op.dependsOn = QStringLiteral("hubspot:upsert-company:y.io"); // the prospect moved company
        QCOMPARE(enqueueCommitted(repo, op, OutboxRepository::OnDuplicate::RefreshPayload), id);
        stored = repo.get(id);
        QVERIFY(stored);
        QCOMPARE(stored->dependsOn, QStringLiteral("hubspot:upsert-company:y.io"));
        // Nothing pending under that key: the dependency is satisfied.
        QCOMPARE(repo.claimDue(QStringLiteral("hubspot"), {}, 10).size(), 1);
    }

    void enqueueSharesTheCallersTransaction() {
        OutboxRepository repo(*m_db, m_clock, m_schedule);
        storage::ProspectRepository prospects(*m_db);
        storage::Prospect p;
        p.email = QStringLiteral("ann@x.io");
        {
            // Local change + outbox row, rolled back together.
            Transaction tx(m_db->connection());
            QVERIFY(tx.isActive());
            const qint64 id = prospects.insert(p);
            QVERIFY(id > 0);
            OutboxOperation op = upsert(p.email, id);
            QCOMPARE(repo.enqueue(tx, op, OutboxRepository::OnDuplicate::Keep),
                     OutboxRepository::EnqueueResult::Inserted);
            tx.rollback();
        }
        QCOMPARE(rowCount(QStringLiteral("prospects")), 0);
        QCOMPARE(rowCount(QStringLiteral("outbox")), 0);
        {
            Transaction tx(m_db->connection());
            const qint64 id = prospects.insert(p);
            OutboxOperation op = upsert(p.email, id);
            QCOMPARE(repo.enqueue(tx, op, OutboxRepository::OnDuplicate::Keep),
                     OutboxRepository::EnqueueResult::Inserted);
            QVERIFY(tx.commit());
            QVERIFY(op.id > 0);
        }
        QCOMPARE(rowCount(QStringLiteral("prospects")), 1);
        QCOMPARE(rowCount(QStringLiteral("outbox")), 1);

        // Without an open transaction enqueue refuses instead of writing on its own.
        Transaction closed(m_db->connection());
        closed.rollback();
        OutboxOperation op = upsert(QStringLiteral("bo@x.io"));
        QString error;
        QCOMPARE(repo.enqueue(closed, op, OutboxRepository::OnDuplicate::Keep, &error),
                 OutboxRepository::EnqueueResult::Error);
        QVERIFY(!error.isEmpty());
        QCOMPARE(rowCount(QStringLiteral("outbox")), 1);
    }

    void sameEffectIsQueuedOnce() {
        OutboxRepository repo(*m_db, m_clock, m_schedule);
        OutboxOperation op;
        op.service = QStringLiteral("lemlist");
        op.kind = QStringLiteral("enroll_lead");
        op.idempotencyKey = IdempotencyKey::lemlistEnroll(QStringLiteral("cam_1"), QStringLiteral("a@x.io"));
        const qint64 first = enqueueCommitted(repo, op);
        QVERIFY(first > 0);
        Transaction tx(m_db->connection());
        OutboxOperation again = op;
        again.idempotencyKey =
            IdempotencyKey::lemlistEnroll(QStringLiteral("cam_1"), QStringLiteral(" A@X.IO"));
        again.payload = {{QStringLiteral("changed"), true}};
        QCOMPARE(repo.enqueue(tx, again, OutboxRepository::OnDuplicate::Keep),
                 OutboxRepository::EnqueueResult::AlreadyPresent);
        QVERIFY(tx.commit());
        QCOMPARE(again.id, first);
        QCOMPARE(rowCount(QStringLiteral("outbox")), 1);
        QVERIFY(!repo.get(first)->payload.contains(QStringLiteral("changed")));

        // Even a completed enrollment is never queued again.
        auto claimed = repo.claimDue(QStringLiteral("lemlist"), {}, 10);
        QCOMPARE(claimed.size(), 1);
        Transaction done(m_db->connection());
        QVERIFY(repo.complete(done, claimed.first(), {{QStringLiteral("leadId"), QStringLiteral("lea_1")}}));
        QVERIFY(done.commit());
        QCOMPARE(enqueueCommitted(repo, op), first);
        QCOMPARE(repo.get(first)->state, OutboxState::Done);
        QCOMPARE(repo.get(first)->result.value(QStringLiteral("leadId")).toString(), QStringLiteral("lea_1"));
    }

    void upsertsRefreshTheirPayload() {
        OutboxRepository repo(*m_db, m_clock, m_schedule);
        const auto refresh = OutboxRepository::OnDuplicate::RefreshPayload;
        OutboxOperation op = upsert(QStringLiteral("a@x.io"));
        const qint64 id = enqueueCommitted(repo, op, refresh);
        op.payload = {{QStringLiteral("title"), QStringLiteral("CTO")}};
        QCOMPARE(enqueueCommitted(repo, op, refresh), id);
        QCOMPARE(repo.get(id)->payload.value(QStringLiteral("title")).toString(), QStringLiteral("CTO"));

        // New data while the old is in flight: kept as a follow-up, queued when the send completes.
        auto claimed = repo.claimDue(QStringLiteral("hubspot"), {}, 10);
        QCOMPARE(claimed.size(), 1);
        op.payload = {{QStringLiteral("title"), QStringLiteral("CEO")}};
        {
            Transaction tx(m_db->connection());
            QCOMPARE(repo.enqueue(tx, op, refresh), OutboxRepository::EnqueueResult::FollowUpQueued);
            QVERIFY(tx.commit());
        }
        QCOMPARE(repo.get(id)->state, OutboxState::InFlight);
        {
            Transaction tx(m_db->connection());
            QVERIFY(repo.complete(tx, claimed.first(), {}));
            QVERIFY(tx.commit());
        }
        auto row = repo.get(id);
        QCOMPARE(row->state, OutboxState::Queued);
        QCOMPARE(row->payload.value(QStringLiteral("title")).toString(), QStringLiteral("CEO"));
        QCOMPARE(row->attempts, 0);

        claimed = repo.claimDue(QStringLiteral("hubspot"), {}, 10);
        Transaction tx(m_db->connection());
        QVERIFY(repo.complete(tx, claimed.first(), {}));
        QVERIFY(tx.commit());
        QCOMPARE(repo.get(id)->state, OutboxState::Done);
        // A done upsert asked for again is queued again with the new data.
        op.payload = {{QStringLiteral("title"), QStringLiteral("CFO")}};
        QCOMPARE(enqueueCommitted(repo, op, refresh), id);
        QCOMPARE(repo.get(id)->state, OutboxState::Queued);
        QCOMPARE(rowCount(QStringLiteral("outbox")), 1);
    }

    void claimsOnlyDueRowsOfTheServiceAndKind() {
        OutboxRepository repo(*m_db, m_clock, m_schedule);
        for (int i = 0; i < 5; ++i)
            QVERIFY(enqueueCommitted(repo, upsert(QStringLiteral("p%1@x.io").arg(i))) > 0);
        OutboxOperation other;
        other.service = QStringLiteral("explorium");
        other.kind = QStringLiteral("enrich_prospect");
        other.idempotencyKey = IdempotencyKey::exploriumEnrich(QStringLiteral("p0@x.io"));
        QVERIFY(enqueueCommitted(repo, other) > 0);

        QVERIFY(repo.claimDue(QStringLiteral("hubspot"), QStringLiteral("upsert_company"), 10).isEmpty());
        const auto first = repo.claimDue(QStringLiteral("hubspot"), QStringLiteral("upsert_contact"), 3);
        QCOMPARE(first.size(), 3);
        const auto second = repo.claimDue(QStringLiteral("hubspot"), {}, 10);
        QCOMPARE(second.size(), 2);
        QVERIFY(repo.claimDue(QStringLiteral("hubspot"), {}, 10).isEmpty());
        QVERIFY(first.first().claimToken != second.first().claimToken);
        for (const auto &op : first + second) {
            QCOMPARE(op.state, OutboxState::InFlight);
            QCOMPARE(op.attempts, 1);
            QCOMPARE(op.service, QStringLiteral("hubspot"));
        }
        QCOMPARE(repo.countsByState(QStringLiteral("hubspot")).value(QStringLiteral("in_flight")), 5);
        QCOMPARE(repo.countsByState().value(QStringLiteral("queued")), 1);
    }

    void concurrentClaimersNeverShareARow() {
        OutboxRepository repo(*m_db, m_clock, m_schedule);
        const int total = 200;
        {
            Transaction tx(m_db->connection());
            for (int i = 0; i < total; ++i) {
                OutboxOperation op = upsert(QStringLiteral("c%1@x.io").arg(i));
                QCOMPARE(repo.enqueue(tx, op, OutboxRepository::OnDuplicate::Keep),
                         OutboxRepository::EnqueueResult::Inserted);
            }
            QVERIFY(tx.commit());
        }
        // Each thread uses its own connection (Database gives one per thread).
        QList<qint64> claimedA, claimedB;
        auto worker = [&](QList<qint64> *sink) {
            OutboxRepository own(*m_db, m_clock, m_schedule);
            for (;;) {
                QString error;
                const auto batch = own.claimDue(QStringLiteral("hubspot"), {}, 7, &error);
                if (batch.isEmpty() && error.isEmpty())
                    break;
                for (const auto &op : batch)
                    sink->append(op.id);
            }
        };
        std::unique_ptr<QThread> a(QThread::create(worker, &claimedA));
        std::unique_ptr<QThread> b(QThread::create(worker, &claimedB));
        a->start();
        b->start();
        QVERIFY(a->wait(30'000));
        QVERIFY(b->wait(30'000));
        const QList<qint64> all = claimedA + claimedB;
        QCOMPARE(all.size(), total);
        QCOMPARE(QSet<qint64>(all.begin(), all.end()).size(), total);
    }

    void failuresBackOffExponentiallyThenDie() {
        OutboxRepository repo(*m_db, m_clock, m_schedule);
        const qint64 id = enqueueCommitted(repo, upsert(QStringLiteral("a@x.io")));
        const qint64 expected[] = {1000, 2000, 4000};
        for (qint64 delay : expected) {
            auto claimed = repo.claimDue(QStringLiteral("hubspot"), {}, 1);
            QCOMPARE(claimed.size(), 1);
            QVERIFY(repo.retryLater(claimed.first(), QStringLiteral("503")));
            auto row = repo.get(id);
            QCOMPARE(row->state, OutboxState::Queued);
            QCOMPARE(row->nextAttemptAt, m_clock.nowMs() + delay);
            QCOMPARE(row->lastError, QStringLiteral("503"));
            m_clock.advance(delay - 1);
            QVERIFY(repo.claimDue(QStringLiteral("hubspot"), {}, 1).isEmpty());
            QCOMPARE(repo.nextDueAt(QStringLiteral("hubspot")), m_clock.nowMs() + 1);
            m_clock.advance(1);
        }
        // Retry-After later than the backoff wins.
        auto claimed = repo.claimDue(QStringLiteral("hubspot"), {}, 1);
        QCOMPARE(claimed.first().attempts, 4);
        QVERIFY(repo.retryLater(claimed.first(), QStringLiteral("429"), m_clock.nowMs() + 99'000));
        // The fourth attempt was the last allowed one: it is now a dead letter.
        auto row = repo.get(id);
        QCOMPARE(row->state, OutboxState::Dead);
        QCOMPARE(row->failureKind, QStringLiteral("exhausted"));
        QCOMPARE(repo.deadLetters().size(), 1);
    }

    void retryAfterIsHonoured() {
        OutboxRepository repo(*m_db, m_clock, m_schedule);
        const qint64 id = enqueueCommitted(repo, upsert(QStringLiteral("a@x.io")));
        auto claimed = repo.claimDue(QStringLiteral("hubspot"), {}, 1);
        QVERIFY(repo.retryLater(claimed.first(), QStringLiteral("429"), m_clock.nowMs() + 10'000));
        QCOMPARE(repo.get(id)->nextAttemptAt, m_clock.nowMs() + 10'000);
    }

    void unknownOutcomesMustBeReconciledBeforeResend() {
        OutboxRepository repo(*m_db, m_clock, m_schedule);
        const qint64 id = enqueueCommitted(repo, upsert(QStringLiteral("a@x.io")));
        auto claimed = repo.claimDue(QStringLiteral("hubspot"), {}, 1);
        QVERIFY(!claimed.first().needsReconcile);
        QVERIFY(repo.markUnknown(claimed.first(), QStringLiteral("timeout after send")));
        QCOMPARE(repo.get(id)->state, OutboxState::Unknown);
        QVERIFY(repo.claimDue(QStringLiteral("hubspot"), {}, 1).isEmpty()); // backing off
        m_clock.advance(2000);

        claimed = repo.claimDue(QStringLiteral("hubspot"), {}, 1);
        QCOMPARE(claimed.size(), 1);
        QVERIFY(claimed.first().needsReconcile);
        // The remote read failed too: the row stays unknown, it does not become sendable.
        QVERIFY(repo.retryLater(claimed.first(), QStringLiteral("read failed")));
        QCOMPARE(repo.get(id)->state, OutboxState::Unknown);
        m_clock.advance(10'000);

        claimed = repo.claimDue(QStringLiteral("hubspot"), {}, 1);
        QVERIFY(claimed.first().needsReconcile);
        // The read showed the contact is absent: now it may be sent; a plain failure queues it.
        QVERIFY(repo.clearReconcile(claimed.first()));
        QVERIFY(!claimed.first().needsReconcile);
        QVERIFY(repo.retryLater(claimed.first(), QStringLiteral("503")));
        QCOMPARE(repo.get(id)->state, OutboxState::Queued);
        QVERIFY(!repo.get(id)->needsReconcile);
    }

    void killedProcessLeavesUnknownRowsAndLosesItsClaims() {
        OutboxRepository repo(*m_db, m_clock, m_schedule);
        const qint64 a = enqueueCommitted(repo, upsert(QStringLiteral("a@x.io")));
        const qint64 b = enqueueCommitted(repo, upsert(QStringLiteral("b@x.io")));
        const auto claimed = repo.claimDue(QStringLiteral("hubspot"), {}, 10);
        QCOMPARE(claimed.size(), 2);

        // A new process starts: everything in flight is now of unknown outcome.
        OutboxRepository restarted(*m_db, m_clock, m_schedule);
        QCOMPARE(restarted.recoverInterrupted(), 2);
        for (qint64 id : {a, b}) {
            QCOMPARE(repo.get(id)->state, OutboxState::Unknown);
            QVERIFY(repo.get(id)->needsReconcile);
        }
        // The old claims are void: their results can no longer be written.
        Transaction tx(m_db->connection());
        QString error;
        QVERIFY(!repo.complete(tx, claimed.first(), {}, &error));
        QVERIFY(!error.isEmpty());
        tx.rollback();
        QVERIFY(!repo.retryLater(claimed.last(), QStringLiteral("x")));
        QVERIFY(!repo.markDead(claimed.last(), QStringLiteral("auth"), QStringLiteral("x")));

        const auto again = restarted.claimDue(QStringLiteral("hubspot"), {}, 10);
        QCOMPARE(again.size(), 2);
        for (const auto &op : again)
            QVERIFY(op.needsReconcile);
        QCOMPARE(restarted.recoverInterrupted(), 2);
        QCOMPARE(restarted.recoverInterrupted(), 0);
    }

    void releaseGivesBackAClaimWithoutCountingIt() {
        OutboxRepository repo(*m_db, m_clock, m_schedule);
        const qint64 id = enqueueCommitted(repo, upsert(QStringLiteral("a@x.io")));
        auto claimed = repo.claimDue(QStringLiteral("hubspot"), {}, 1);
        QVERIFY(repo.release(claimed.first()));
        QCOMPARE(repo.get(id)->state, OutboxState::Queued);
        QCOMPARE(repo.get(id)->attempts, 0);
        QCOMPARE(repo.claimDue(QStringLiteral("hubspot"), {}, 1).size(), 1);
    }

    void deadLettersCanBeRetriedEditedOrDiscarded() {
        OutboxRepository repo(*m_db, m_clock, m_schedule);
        const qint64 a = enqueueCommitted(repo, upsert(QStringLiteral("a@x.io")));
        const qint64 b = enqueueCommitted(repo, upsert(QStringLiteral("b@x.io")));
        auto claimed = repo.claimDue(QStringLiteral("hubspot"), {}, 10);
        QVERIFY(repo.markDead(claimed.at(0), QStringLiteral("validation"), QStringLiteral("INVALID_EMAIL")));
        QVERIFY(repo.markUnknown(claimed.at(1), QStringLiteral("reset")));
        QVERIFY(!repo.retryDead(b)); // not dead

        QSqlQuery view(m_db->connection());
        QVERIFY(storage::exec(
            view, QStringLiteral("SELECT id, failure_kind, last_error FROM outbox_dead_letters")));
        QVERIFY(view.next());
        QCOMPARE(view.value(0).toLongLong(), a);
        QCOMPARE(view.value(1).toString(), QStringLiteral("validation"));
        QCOMPARE(view.value(2).toString(), QStringLiteral("INVALID_EMAIL"));
        QVERIFY(!view.next());

        const QJsonObject edited{{QStringLiteral("email"), QStringLiteral("a@x.io")},
                                 {QStringLiteral("phone"), QStringLiteral("+33100000000")}};
        QVERIFY(repo.retryDead(a, edited));
        auto row = repo.get(a);
        QCOMPARE(row->state, OutboxState::Queued);
        QCOMPARE(row->attempts, 0);
        QCOMPARE(row->payload, edited);
        QVERIFY(repo.deadLetters().isEmpty());

        // A row that died while its outcome was unknown must still be reconciled after a retry.
        m_clock.advance(5000);
        claimed = repo.claimDue(QStringLiteral("hubspot"), {}, 10);
        QCOMPARE(claimed.size(), 2);
        for (const auto &op : claimed)
            QVERIFY(repo.markDead(op, QStringLiteral("auth"), QStringLiteral("401")));
        QVERIFY(repo.retryDead(b));
        QCOMPARE(repo.get(b)->state, OutboxState::Unknown);
        QVERIFY(repo.get(b)->needsReconcile);

        QVERIFY(repo.discardDead(a));
        QVERIFY(!repo.get(a));
        QVERIFY(!repo.discardDead(a));
        // The abandoned effect can be asked for again.
        QVERIFY(enqueueCommitted(repo, upsert(QStringLiteral("a@x.io"))) > 0);
    }

    void scheduleIsExponentialCappedAndJittered() {
        RetrySchedule half(RetrySchedule::Config{1000, 5000, 3}, [] { return 0.0; });
        QCOMPARE(half.delayAfter(1), 500);
        QCOMPARE(half.delayAfter(2), 1000);
        QCOMPARE(half.delayAfter(4), 2500); // capped at 5000, half of it fixed
        QCOMPARE(half.delayAfter(40), 2500);
        QVERIFY(!half.exhausted(2));
        QVERIFY(half.exhausted(3));
        RetrySchedule random(RetrySchedule::Config{1000, 5000, 3});
        for (int i = 0; i < 50; ++i) {
            const qint64 d = random.delayAfter(2);
            QVERIFY(d >= 1000 && d <= 2000);
        }
    }
};

QTEST_GUILESS_MAIN(TestOutboxRepository)
#include "tst_outboxrepository.moc"

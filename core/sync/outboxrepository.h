#pragma once

#include "sync/outboxoperation.h"

#include <QHash>
#include <QList>
#include <optional>

namespace prospector::storage {
class Database;
}

namespace prospector::sync {

class Clock;
class RetrySchedule;
class Transaction;

// The durable outbox (schema 5). Every state change is one UPDATE with bound parameters whose
// WHERE clause names the state (and, for claimed rows, the claim token) it starts from, so two
// workers or two processes can never both claim a row, and a worker whose claim was taken away
// (crash recovery) cannot overwrite the newer state.
class OutboxRepository {
public:
    OutboxRepository(const storage::Database &database, const Clock &clock, const RetrySchedule &schedule);

    const storage::Database &database() const { return m_database; }

    // What enqueue() does when a row with the same idempotency key exists.
    enum class OnDuplicate {
        // The effect must happen at most once (lemlist enrollment, paid enrichment): keep the row.
        Keep,
        // The effect is an idempotent upsert of the latest data (HubSpot): queued rows take the new
        // payload, done/dead rows are queued again, and in-flight rows get it as a follow-up that
        // is queued as soon as the current send completes.
        RefreshPayload,
        // The effect costs money each time but may be wanted again later (paid enrichment): a
        // done row is queued again; queued, in-flight, unknown and dead rows are kept as they are.
        RequeueDone,
    };
    enum class EnqueueResult { Inserted, Refreshed, FollowUpQueued, AlreadyPresent, Error };

    // Must run in the transaction of the local change that causes it (hence the Transaction&):
    // either both are committed or neither. `op.id` is set on success.
    EnqueueResult enqueue(Transaction &transaction, OutboxOperation &op, OnDuplicate onDuplicate,
                          QString *error = nullptr);

    // Claims up to `limit` due rows (queued or unknown, next_attempt_at <= now, no pending
    // dependency) of one service and optionally one kind, oldest first, moving them to in_flight
    // under a fresh claim token.
    // Counts an attempt per claim. Rows that were unknown come back with needsReconcile set.
    QList<OutboxOperation> claimDue(const QString &service, const QString &kind, int limit,
                                    QString *error = nullptr);

    // The effect is confirmed (sent and acknowledged, or found remotely). Runs in the caller's
    // transaction so the result (ids, stages, timeline) is written back atomically with it.
    // Returns false when the claim is no longer held: the caller must then roll back.
    bool complete(Transaction &transaction, const OutboxOperation &op, const QJsonObject &result,
                  QString *error = nullptr);
    // complete() for many operations with one prepared statement. Appends to `lost` the ids whose
    // claim is no longer held (nothing was written for them); false on a database error, after
    // which the caller must roll back.
    bool completeAll(Transaction &transaction, const QList<QPair<OutboxOperation, QJsonObject>> &results,
                     QList<qint64> *lost, QString *error = nullptr);
    // The remote read showed the effect is absent: the row may now be sent.
    bool clearReconcile(OutboxOperation &op, QString *error = nullptr);
    // Definitely not applied (refused before sending, 429, 5xx with no side effect...). Queued
    // again after the schedule's delay (or at `notBefore`, e.g. Retry-After), or dead when the
    // attempts are exhausted. A row that still needs reconciling goes back to unknown, not queued.
    bool retryLater(const OutboxOperation &op, const QString &error, qint64 notBefore = 0,
                    QString *errorOut = nullptr);
    // Sent but the outcome is not known (timeout after send, connection reset).
    bool markUnknown(const OutboxOperation &op, const QString &error, QString *errorOut = nullptr);
    // Permanent failure: validation, auth, suppressed...
    bool markDead(const OutboxOperation &op, const QString &failureKind, const QString &error,
                  QString *errorOut = nullptr);
    // Gives a claim back without counting an attempt (engine paused or offline before sending).
    bool release(const OutboxOperation &op, QString *error = nullptr);
    // Gives a claim back without counting an attempt, not to be claimed before `notBefore`: the
    // work cannot be decided yet (e.g. a search index that may still lag behind a write). A
    // non-empty `note` is kept in the row's result until it completes (the drain's memory of it).
    bool postpone(const OutboxOperation &op, qint64 notBefore, const QString &reason,
                  const QJsonObject &note = {}, QString *error = nullptr);

    // On start, before any claim: rows left in_flight by a killed process become unknown.
    // Returns the number of rows recovered, or -1 on error.
    int recoverInterrupted(QString *error = nullptr);

    // Dead letters (the Problems page).
    QList<OutboxOperation> deadLetters(const QString &service = {}, int limit = 500,
                                       QString *error = nullptr) const;
    // Queues a dead row again (fresh attempts), optionally with an edited payload.
    bool retryDead(qint64 id, const std::optional<QJsonObject> &editedPayload = std::nullopt,
                   QString *error = nullptr);
    // Removes a dead row: the effect is abandoned and its key may be enqueued again later.
    bool discardDead(qint64 id, QString *error = nullptr);

    std::optional<OutboxOperation> get(qint64 id, QString *error = nullptr) const;
    std::optional<OutboxOperation> findByKey(const QString &idempotencyKey, QString *error = nullptr) const;
    // Row counts per state name ("queued", "unknown", ...), optionally for one service.
    QHash<QString, int> countsByState(const QString &service = {}, QString *error = nullptr) const;
    // Earliest next_attempt_at of a claimable row of the service (and kind, when not empty), or 0
    // when none is waiting. Rows whose dependency is still pending do not count.
    qint64 nextDueAt(const QString &service, QString *error = nullptr) const;
    qint64 nextDueAt(const QString &service, const QString &kind, QString *error = nullptr) const;

private:
    bool transition(const OutboxOperation &op, const QString &setClause, const QVariantList &values,
                    QString *error);
    QList<OutboxOperation> select(const QString &where, const QVariantList &values, QString *error) const;

    const storage::Database &m_database;
    const Clock &m_clock;
    const RetrySchedule &m_schedule;
};

} // namespace prospector::sync

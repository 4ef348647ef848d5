#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace prospector::storage {
class Database;
}
namespace prospector::sync {
class Clock;
class Transaction;
struct OutboxOperation;
} // namespace prospector::sync

namespace prospector::autopilot {

// One line of a run's audit trail: an external write the run queued (with the outbox
// operation's current state and result), or a prospect the run left out at that point and why.
struct AuditEntry {
    qint64 runId = 0;
    QString step; // enrich | sync | enroll
    qint64 prospectId = 0;
    QString prospectName; // empty when the prospect was deleted since
    qint64 operationId = 0;
    QString service; // hubspot | lemlist | explorium
    QString kind;    // upsert_contact | enroll_lead | ...
    QString idempotencyKey;
    // queued | refreshed | follow_up (this run asked for the write), already_present (an earlier
    // request for the same effect was there: nothing new), cache_hit, skipped
    QString outcome;
    QString detail; // skip reason key, or the cache key
    // The operation's state: queued | in_flight | unknown | done | dead, or "discarded" when the
    // dead letter was discarded since; empty for lines without an operation.
    QString state;
    QJsonObject result; // what the service answered (ids), when done
    QString lastError;
    qint64 recordedAt = 0;
    qint64 updatedAt = 0; // of the operation

    bool isWrite() const;
};

// The audit link between runs and the outbox (autopilot_run_items, schema 15). Recording happens
// in the transaction that queues the operation, so a run never loses track of what it queued and
// never queues a prospect twice in the same step, even across a crash.
class RunAudit {
public:
    RunAudit(const storage::Database &database, const sync::Clock &clock);

    bool record(sync::Transaction &transaction, qint64 runId, const QString &step, qint64 prospectId,
                const sync::OutboxOperation *operation, const QString &outcome, const QString &detail,
                QString *error);

    // Prospects the run already handled (queued or left out) in the step.
    bool handled(qint64 runId, const QString &step, QSet<qint64> *out, QString *error) const;
    // Operations of the step still to settle (queued, in flight or unknown).
    bool unsettled(qint64 runId, const QString &step, QList<qint64> *out, QString *error) const;
    // Prospects whose operation in the step went through (done).
    bool succeeded(qint64 runId, const QString &step, QSet<qint64> *out, QString *error) const;

    struct StepCounts {
        int done = 0; // writes this run asked for that went through
        int dead = 0; // ... that failed for good (dead letters)
        int alreadyPresent = 0;
        int cacheHits = 0;
        QMap<QString, int> skipped; // reason key -> count
    };
    bool counts(qint64 runId, const QString &step, StepCounts *out, QString *error) const;

    // The run's trail in the order it was recorded; `writesOnly` keeps only the writes this run
    // asked for (not skips, cache hits or effects an earlier request had already queued).
    bool entries(qint64 runId, bool writesOnly, QList<AuditEntry> *out, QString *error) const;
    // Which run queued an operation (0 when none did).
    bool runOf(qint64 operationId, qint64 *runId, QString *error) const;

private:
    const storage::Database &m_database;
    const sync::Clock &m_clock;
};

} // namespace prospector::autopilot

#pragma once

#include "autopilot/guardrails.h"

#include <QList>
#include <QMap>
#include <QString>

namespace prospector::storage {
class Database;
}
namespace prospector::sync {
class Clock;
class OutboxRepository;
} // namespace prospector::sync

namespace prospector::autopilot {

class EnrichmentQueue;
class RunAudit;

// Queues one batch of a run's external writes: each prospect's outbox operation (with its
// idempotency key) and the run's audit record in ONE transaction, with the local change
// (sync_state), so a crash leaves either both or neither. A prospect that turns out not to be
// writable any more (deleted, no e-mail, suppressed since the plan) gets a "skipped" record.
class OperationQueuer {
public:
    OperationQueuer(const storage::Database &database, sync::OutboxRepository &outbox, RunAudit &audit,
                    const sync::Clock &clock);

    struct Result {
        int queued = 0;
        QMap<QString, int> skipped;
    };

    bool queueSync(qint64 runId, const QList<qint64> &prospectIds, Result *result, QString *error);
    // Re-checks, at the moment of queueing, what can change between the plan and the batch:
    // suppression and do-not-contact (fails closed) and the business hours.
    bool queueEnroll(qint64 runId, const QString &campaignId, const QList<Candidate> &batch,
                     const Guardrails &guardrails, Result *result, QString *error);
    bool queueEnrich(qint64 runId, EnrichmentQueue &enrichment, const QList<qint64> &prospectIds,
                     Result *result, QString *error);

private:
    const storage::Database &m_database;
    sync::OutboxRepository &m_outbox;
    RunAudit &m_audit;
    const sync::Clock &m_clock;
};

// The audit's outcome name for an enqueue result.
QString enqueueOutcome(int enqueueResult);

} // namespace prospector::autopilot

#include "autopilot/operationqueuer.h"

#include "autopilot/enrichmentqueue.h"
#include "autopilot/runaudit.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "storage/sqlerror.h"
#include "sync/clock.h"
#include "sync/idempotencykey.h"
#include "sync/outboxrepository.h"
#include "sync/suppressionrepository.h"
#include "sync/syncrequester.h"
#include "sync/transaction.h"

#include <QSet>
#include <QSqlQuery>

namespace prospector::autopilot {

namespace {

const QString kSync = QStringLiteral("sync");
const QString kEnroll = QStringLiteral("enroll");
const QString kEnrich = QStringLiteral("enrich");

bool begun(sync::Transaction &tx, QString *error) {
    if (!tx.isActive())
        *error = tx.error();
    return tx.isActive();
}

bool committed(sync::Transaction &tx, QString *error) {
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

} // namespace

QString enqueueOutcome(int enqueueResult) {
    switch (sync::OutboxRepository::EnqueueResult(enqueueResult)) {
    case sync::OutboxRepository::EnqueueResult::Inserted:
        return QStringLiteral("queued");
    case sync::OutboxRepository::EnqueueResult::Refreshed:
        return QStringLiteral("refreshed");
    case sync::OutboxRepository::EnqueueResult::FollowUpQueued:
        return QStringLiteral("follow_up");
    case sync::OutboxRepository::EnqueueResult::AlreadyPresent:
        return QStringLiteral("already_present");
    case sync::OutboxRepository::EnqueueResult::Error:
        break;
    }
    return {};
}

OperationQueuer::OperationQueuer(const storage::Database &database, sync::OutboxRepository &outbox,
                                 RunAudit &audit, const sync::Clock &clock)
    : m_database(database)
    , m_outbox(outbox)
    , m_audit(audit)
    , m_clock(clock) {}

bool OperationQueuer::queueSync(qint64 runId, const QList<qint64> &prospectIds, Result *result,
                                QString *error) {
    sync::Transaction tx(m_database.connection());
    if (!begun(tx, error))
        return false;
    const storage::ProspectRepository prospects(m_database);
    for (qint64 id : prospectIds) {
        QString readError;
        const auto p = prospects.get(id, &readError);
        QString skipReason;
        if (!p && !readError.isEmpty()) {
            *error = readError;
            return false;
        }
        if (!p)
            skipReason = skip::notFound;
        else if (p->email.isEmpty())
            skipReason = skip::noEmail;
        if (!skipReason.isEmpty()) {
            if (!m_audit.record(tx, runId, kSync, id, nullptr, QStringLiteral("skipped"), skipReason, error))
                return false;
            ++result->skipped[skipReason];
            continue;
        }
        sync::OutboxOperation op;
        op.service = QStringLiteral("hubspot");
        op.kind = QStringLiteral("upsert_contact");
        op.idempotencyKey = sync::IdempotencyKey::hubspotUpsertContact(p->email);
        op.prospectId = id;
        op.payload = sync::SyncRequester::hubspotPayload(*p);
        const auto enqueued =
            m_outbox.enqueue(tx, op, sync::OutboxRepository::OnDuplicate::RefreshPayload, error);
        if (enqueued == sync::OutboxRepository::EnqueueResult::Error)
            return false;
        QSqlQuery q(tx.connection());
        if (!storage::exec(
                q, QStringLiteral("UPDATE prospects SET sync_state = 'queued', updated_at = ? WHERE id = ?"),
                {m_clock.nowMs(), id}, error) ||
            !m_audit.record(tx, runId, kSync, id, &op, enqueueOutcome(int(enqueued)), {}, error))
            return false;
        ++result->queued;
    }
    return committed(tx, error);
}

bool OperationQueuer::queueEnroll(qint64 runId, const QString &campaignId, const QList<Candidate> &batch,
                                  const Guardrails &guardrails, Result *result, QString *error) {
    sync::Transaction tx(m_database.connection());
    if (!begun(tx, error))
        return false;
    const storage::ProspectRepository prospects(m_database);
    const sync::SuppressionRepository suppression(m_database);
    const qint64 now = m_clock.nowMs();
    for (const Candidate &c : batch) {
        QString readError;
        const auto p = prospects.get(c.prospectId, &readError);
        if (!p && !readError.isEmpty()) {
            *error = readError;
            return false;
        }
        QString skipReason;
        if (!p) {
            skipReason = skip::notFound;
        } else if (p->email.isEmpty()) {
            skipReason = skip::noEmail;
        } else if (p->unsubscribed || p->bounced || p->doNotContact) {
            skipReason = skip::doNotContact;
        } else if (!guardrails.withinBusinessHours(c, now)) {
            skipReason = skip::outsideBusinessHours;
        } else {
            switch (suppression.check(p->email, nullptr, error)) {
            case sync::SuppressionRepository::Check::Error:
                return false; // never enroll on an unreadable suppression list
            case sync::SuppressionRepository::Check::Suppressed:
                skipReason = skip::suppressed;
                break;
            case sync::SuppressionRepository::Check::NotSuppressed:
                break;
            }
        }
        if (!skipReason.isEmpty()) {
            if (!m_audit.record(tx, runId, kEnroll, c.prospectId, nullptr, QStringLiteral("skipped"),
                                skipReason, error))
                return false;
            ++result->skipped[skipReason];
            continue;
        }
        sync::OutboxOperation op;
        op.service = QStringLiteral("lemlist");
        op.kind = QStringLiteral("enroll_lead");
        op.idempotencyKey = sync::IdempotencyKey::lemlistEnroll(campaignId, p->email);
        op.prospectId = p->id;
        op.payload = sync::SyncRequester::lemlistPayload(campaignId.trimmed(), *p);
        // At most once per campaign and address, ever: an earlier request is never sent again.
        const auto enqueued = m_outbox.enqueue(tx, op, sync::OutboxRepository::OnDuplicate::Keep, error);
        if (enqueued == sync::OutboxRepository::EnqueueResult::Error ||
            !m_audit.record(tx, runId, kEnroll, p->id, &op, enqueueOutcome(int(enqueued)), {}, error))
            return false;
        if (enqueued != sync::OutboxRepository::EnqueueResult::AlreadyPresent)
            ++result->queued;
    }
    return committed(tx, error);
}

bool OperationQueuer::queueEnrich(qint64 runId, EnrichmentQueue &enrichment, const QList<qint64> &prospectIds,
                                  Result *result, QString *error) {
    sync::Transaction tx(m_database.connection());
    if (!begun(tx, error))
        return false;
    QList<EnrichmentQueue::Item> items;
    if (!enrichment.queue(tx, prospectIds, &items, error))
        return false;
    QSet<qint64> answered;
    for (const EnrichmentQueue::Item &item : std::as_const(items)) {
        if (!prospectIds.contains(item.prospectId) || answered.contains(item.prospectId))
            continue;
        answered.insert(item.prospectId);
        const sync::OutboxOperation *op = item.operation.id > 0 ? &item.operation : nullptr;
        if (!m_audit.record(tx, runId, kEnrich, item.prospectId, op, item.outcome, item.detail, error))
            return false;
        if (item.outcome == QLatin1String("skipped"))
            ++result->skipped[item.detail];
        else if (item.outcome == QLatin1String("queued"))
            ++result->queued;
    }
    // Every prospect of the batch gets a record, so a resumed run never asks for it again.
    for (qint64 id : prospectIds) {
        if (answered.contains(id))
            continue;
        if (!m_audit.record(tx, runId, kEnrich, id, nullptr, QStringLiteral("skipped"), skip::notFound,
                            error))
            return false;
        ++result->skipped[skip::notFound];
    }
    return committed(tx, error);
}

} // namespace prospector::autopilot

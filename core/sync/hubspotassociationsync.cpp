#include "sync/hubspotassociationsync.h"

#include "hubspot/hubspotclient.h"
#include "sync/outboxrepository.h"

#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcSyncAssociations, "prospector.sync.hubspot.associations", QtInfoMsg)

namespace prospector::sync {

struct HubSpotAssociationSync::Batch {
    struct Pair {
        OutboxOperation op;
        QString contactId;
        QString companyId;
    };
    QList<Pair> toReconcile;
    QList<Pair> toSend;
    QList<OutboxOperation> toWrite;
    DrainReport report;
    std::function<void(const DrainReport &)> done;
};

HubSpotAssociationSync::HubSpotAssociationSync(const storage::Database &database, OutboxRepository &outbox,
                                               hubspot::HubSpotClient &client, const Clock &clock,
                                               QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_client(client)
    , m_failures(outbox, clock)
    , m_store(database, outbox, clock) {}

HubSpotAssociationSync::~HubSpotAssociationSync() = default;

void HubSpotAssociationSync::drainBatch(std::function<void(const DrainReport &)> done) {
    auto batch = std::make_shared<Batch>();
    batch->done = std::move(done);
    QString error;
    const QList<OutboxOperation> ops = m_outbox.claimDue(service(), kind(), kBatchSize, &error);
    if (!error.isEmpty())
        qCWarning(lcSyncAssociations) << "claim failed:" << error;
    batch->report.claimed = int(ops.size());
    for (const OutboxOperation &op : ops) {
        error.clear();
        const auto [contactId, companyId] = m_store.associationIds(op, &error);
        if (!error.isEmpty()) {
            m_outbox.retryLater(op, QStringLiteral("local HubSpot ids unreadable: ") + error);
            ++batch->report.retrying;
        } else if (contactId.isEmpty() || companyId.isEmpty()) {
            m_failures.dead(op, QStringLiteral("not_found"),
                            QStringLiteral("the contact or its company is not in HubSpot"), batch->report);
        } else {
            (op.needsReconcile ? batch->toReconcile : batch->toSend).append({op, contactId, companyId});
        }
    }
    if (batch->toReconcile.isEmpty() && batch->toSend.isEmpty()) {
        batch->done(batch->report);
        return;
    }
    reconcile(batch);
}

void HubSpotAssociationSync::reconcile(const std::shared_ptr<Batch> &batch) {
    if (batch->toReconcile.isEmpty()) {
        associate(batch);
        return;
    }
    QStringList contactIds;
    for (const auto &pair : std::as_const(batch->toReconcile))
        if (!contactIds.contains(pair.contactId))
            contactIds << pair.contactId;
    m_client.readCompanyAssociations(
        contactIds, this, [this, batch](const net::ApiResult<hubspot::AssociatedIds> &r) {
            const auto pairs = std::exchange(batch->toReconcile, {});
            for (auto pair : pairs) {
                if (!r.ok()) {
                    m_failures.apply(pair.op, r.error, batch->report);
                    continue;
                }
                QString error;
                if (!m_outbox.clearReconcile(pair.op, &error)) {
                    qCWarning(lcSyncAssociations) << "lost claim while reconciling:" << error;
                    continue;
                }
                ++batch->report.reconciled;
                if (r.value.value(pair.contactId).contains(pair.companyId))
                    batch->toWrite.append(pair.op); // the earlier send landed
                else
                    batch->toSend.append(pair);
            }
            associate(batch);
        });
}

void HubSpotAssociationSync::associate(const std::shared_ptr<Batch> &batch) {
    if (batch->toSend.isEmpty()) {
        finish(batch);
        return;
    }
    QList<QPair<QString, QString>> pairs;
    for (const auto &pair : std::as_const(batch->toSend))
        pairs.append({pair.contactId, pair.companyId});
    m_client.associateContactsWithCompanies(
        pairs, this, [this, batch](const net::ApiResult<QList<hubspot::Association>> &r) {
            const auto sent = std::exchange(batch->toSend, {});
            QSet<QPair<QString, QString>> linked;
            if (r.ok())
                for (const hubspot::Association &a : r.value)
                    linked.insert({a.fromId, a.toId});
            for (const auto &pair : sent) {
                if (!r.ok())
                    m_failures.apply(pair.op, r.error, batch->report);
                else if (linked.contains({pair.contactId, pair.companyId}))
                    batch->toWrite.append(pair.op);
                else
                    m_failures.unknown(pair.op, QStringLiteral("the association is not in the response"),
                                       batch->report);
            }
            finish(batch);
        });
}

void HubSpotAssociationSync::finish(const std::shared_ptr<Batch> &batch) {
    if (!batch->toWrite.isEmpty()) {
        QString error;
        const QList<qint64> failed = m_store.writeAssociations(batch->toWrite, &error);
        batch->report.completed += int(batch->toWrite.size() - failed.size());
        for (const OutboxOperation &op : std::as_const(batch->toWrite))
            if (failed.contains(op.id))
                m_failures.unknown(op, QStringLiteral("write-back failed: ") + error, batch->report);
    }
    batch->done(batch->report);
}

} // namespace prospector::sync

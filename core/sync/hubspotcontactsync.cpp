#include "sync/hubspotcontactsync.h"

#include "hubspot/hubspotclient.h"
#include "storage/activityrepository.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "sync/clock.h"
#include "sync/idempotencykey.h"
#include "sync/outboxrepository.h"
#include "sync/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcSyncHubSpot, "prospector.sync.hubspot", QtInfoMsg)

namespace prospector::sync {

struct HubSpotContactSync::Batch {
    QList<OutboxOperation> toReconcile;
    QList<OutboxOperation> toSend;
    Report report;
    std::function<void(const DrainReport &)> done;
};

HubSpotContactSync::HubSpotContactSync(const storage::Database &database, OutboxRepository &outbox,
                                       hubspot::HubSpotClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_outbox(outbox)
    , m_client(client)
    , m_clock(clock)
    , m_failures(outbox, clock) {}

HubSpotContactSync::~HubSpotContactSync() = default;

void HubSpotContactSync::drainBatch(std::function<void(const DrainReport &)> done) {
    auto batch = std::make_shared<Batch>();
    batch->done = std::move(done);
    QString error;
    const QList<OutboxOperation> claimed =
        m_outbox.claimDue(QStringLiteral("hubspot"), QStringLiteral("upsert_contact"), kBatchSize, &error);
    if (!error.isEmpty())
        qCWarning(lcSyncHubSpot) << "claim failed:" << error;
    batch->report.claimed = int(claimed.size());
    if (claimed.isEmpty()) {
        batch->done(batch->report);
        return;
    }
    for (const OutboxOperation &op : claimed)
        (op.needsReconcile ? batch->toReconcile : batch->toSend).append(op);
    reconcileNext(batch);
}

void HubSpotContactSync::reconcileNext(const std::shared_ptr<Batch> &batch) {
    if (batch->toReconcile.isEmpty()) {
        send(batch);
        return;
    }
    OutboxOperation op = batch->toReconcile.takeFirst();
    const QString email = op.payload.value(QStringLiteral("email")).toString();
    m_client.getContactByEmail(email, {QStringLiteral("email")}, this,
                               [this, batch, op](const net::ApiResult<hubspot::CrmObject> &r) mutable {
                                   if (r.ok() || r.error.kind == net::ApiErrorKind::NotFound) {
                                       // Known now: present (the earlier send landed) or absent (it did not).
                                       // Either way the upsert may go out again without creating a second
                                       // contact.
                                       QString error;
                                       if (m_outbox.clearReconcile(op, &error)) {
                                           ++batch->report.reconciled;
                                           batch->toSend.append(op);
                                       } else {
                                           qCWarning(lcSyncHubSpot)
                                               << "lost claim while reconciling:" << error;
                                       }
                                   } else {
                                       m_failures.apply(op, r.error, batch->report);
                                   }
                                   reconcileNext(batch);
                               });
}

void HubSpotContactSync::send(const std::shared_ptr<Batch> &batch) {
    if (batch->toSend.isEmpty()) {
        batch->done(batch->report);
        return;
    }
    QList<hubspot::UpsertInput> inputs;
    for (const OutboxOperation &op : std::as_const(batch->toSend)) {
        hubspot::UpsertInput input;
        input.id = op.payload.value(QStringLiteral("email")).toString();
        const QJsonObject properties = op.payload.value(QStringLiteral("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            input.properties.insert(it.key(), it.value().toString());
        input.properties.insert(QStringLiteral("email"), input.id);
        inputs.append(input);
    }
    m_client.upsertContactsByEmail(
        inputs, this, [this, batch](const net::ApiResult<hubspot::BatchResult> &r) {
            if (!r.ok()) {
                for (const OutboxOperation &op : std::as_const(batch->toSend))
                    m_failures.apply(op, r.error, batch->report);
                batch->done(batch->report);
                return;
            }
            QHash<QString, hubspot::CrmObject> byEmail;
            for (const hubspot::CrmObject &object : r.value.results)
                byEmail.insert(
                    IdempotencyKey::normalizeEmail(object.properties.value(QStringLiteral("email"))), object);
            QHash<QString, QString> rejected; // e-mail -> message, for items HubSpot names
            for (const hubspot::BatchItemError &itemError : r.value.errors)
                for (const QString &id : itemError.ids)
                    rejected.insert(IdempotencyKey::normalizeEmail(id),
                                    itemError.category + QLatin1String(": ") + itemError.message);
            for (const OutboxOperation &op : std::as_const(batch->toSend)) {
                const QString email = op.payload.value(QStringLiteral("email")).toString();
                QString error;
                if (byEmail.contains(email)) {
                    if (writeBack(op, byEmail.value(email), &error))
                        ++batch->report.completed;
                    else
                        qCWarning(lcSyncHubSpot) << "write-back failed:" << error;
                } else if (rejected.contains(email)) {
                    m_failures.dead(op, QStringLiteral("validation"), rejected.value(email), batch->report);
                } else {
                    // Not named either way (e.g. a 207 whose results carry no e-mail): read it next time.
                    m_failures.unknown(op, QStringLiteral("no result for this contact in the batch response"),
                                       batch->report);
                }
            }
            batch->done(batch->report);
        });
}

bool HubSpotContactSync::writeBack(const OutboxOperation &op, const hubspot::CrmObject &contact,
                                   QString *error) {
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    const qint64 now = m_clock.nowMs();
    if (op.prospectId > 0) {
        QSqlQuery query(transaction.connection());
        if (!storage::exec(query,
                           QStringLiteral("UPDATE prospects SET hubspot_id = ?, sync_state = 'synced', "
                                          "stage = CASE WHEN stage IN ('new','enriched','qualified') "
                                          "THEN 'synced' ELSE stage END, updated_at = ? WHERE id = ?"),
                           {contact.id, now, op.prospectId}, error))
            return false;
        storage::Activity activity;
        activity.prospectId = op.prospectId;
        activity.kind = QStringLiteral("hubspot_synced");
        activity.summary = contact.isNew
                               ? QCoreApplication::translate("HubSpotContactSync", "Created in HubSpot")
                               : QCoreApplication::translate("HubSpotContactSync", "Updated in HubSpot");
        activity.payload = {{QStringLiteral("hubspotId"), contact.id},
                            {QStringLiteral("new"), contact.isNew}};
        activity.occurredAt = now;
        if (storage::ActivityRepository(m_database).add(activity, error) == 0)
            return false;
    }
    if (!m_outbox.complete(
            transaction, op,
            {{QStringLiteral("hubspotId"), contact.id}, {QStringLiteral("new"), contact.isNew}}, error))
        return false; // claim lost (another process recovered it): roll everything back
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    return true;
}

} // namespace prospector::sync

#include "sync/hubspotcontactsync.h"

#include "hubspot/hubspotclient.h"
#include "sync/clock.h"
#include "sync/idempotencykey.h"
#include "sync/outboxrepository.h"

#include <QHash>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSyncHubSpot, "prospector.sync.hubspot", QtInfoMsg)

namespace prospector::sync {

struct HubSpotContactSync::Item {
    OutboxOperation op;
    QString email;
    hubspot::Properties local; // the synced properties the rep's data has (non-empty ones)
    ContactSyncState state;
    ContactWriteBack result;
};

struct HubSpotContactSync::Batch {
    QList<std::shared_ptr<Item>> toRead;   // need HubSpot's current values first
    QList<std::shared_ptr<Item>> toCreate; // HubSpot has never seen them from here
    QList<std::shared_ptr<Item>> existing; // a create said the e-mail exists: read and merge
    QList<std::shared_ptr<Item>> toUpdate; // the conflict rule has something to send
    QList<std::shared_ptr<Item>> toWrite;  // settled: write back
    Report report;
    std::function<void(const DrainReport &)> done;
};

namespace {

QHash<QString, hubspot::CrmObject> byEmail(const QList<hubspot::CrmObject> &objects) {
    QHash<QString, hubspot::CrmObject> map;
    for (const hubspot::CrmObject &object : objects) {
        const QString email =
            IdempotencyKey::normalizeEmail(object.properties.value(QStringLiteral("email")));
        if (!email.isEmpty())
            map.insert(email, object);
    }
    return map;
}

} // namespace

HubSpotContactSync::HubSpotContactSync(const storage::Database &database, OutboxRepository &outbox,
                                       hubspot::HubSpotClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_outbox(outbox)
    , m_client(client)
    , m_clock(clock)
    , m_failures(outbox, clock)
    , m_store(database, outbox, clock) {}

HubSpotContactSync::~HubSpotContactSync() = default;

void HubSpotContactSync::drainBatch(std::function<void(const DrainReport &)> done) {
    auto batch = std::make_shared<Batch>();
    batch->done = std::move(done);
    QString error;
    const QList<OutboxOperation> claimed = m_outbox.claimDue(service(), kind(), kBatchSize, &error);
    if (!error.isEmpty())
        qCWarning(lcSyncHubSpot) << "claim failed:" << error;
    batch->report.claimed = int(claimed.size());
    if (claimed.isEmpty()) {
        batch->done(batch->report);
        return;
    }
    const auto states = m_store.load(claimed, &error);
    for (const OutboxOperation &op : claimed) {
        if (!states) {
            // Fail closed: without the last-synced values the conflict rule cannot decide.
            m_outbox.retryLater(op, QStringLiteral("local sync state unreadable: ") + error);
            ++batch->report.retrying;
            continue;
        }
        auto item = std::make_shared<Item>();
        item->op = op;
        item->email = IdempotencyKey::normalizeEmail(op.payload.value(QStringLiteral("email")).toString());
        const QJsonObject properties = op.payload.value(QStringLiteral("properties")).toObject();
        for (const QString &property : HubSpotConflictRule::syncedProperties()) {
            const QString value = properties.value(property).toString().trimmed();
            if (!value.isEmpty())
                item->local.insert(property, value);
        }
        item->state = states->value(op.id);
        (op.needsReconcile || item->state.baseline ? batch->toRead : batch->toCreate).append(item);
    }
    readCurrent(batch);
}

void HubSpotContactSync::settle(const std::shared_ptr<Batch> &batch, const std::shared_ptr<Item> &item,
                                const hubspot::CrmObject &contact, bool useBaseline) {
    item->result.op = item->op;
    item->result.state = item->state;
    item->result.contact = contact;
    item->result.plan = HubSpotConflictRule::merge(useBaseline ? item->state.baseline : std::nullopt,
                                                   item->local, contact.properties);
    (item->result.plan.toSend.isEmpty() ? batch->toWrite : batch->toUpdate).append(item);
}

void HubSpotContactSync::readCurrent(const std::shared_ptr<Batch> &batch) {
    if (batch->toRead.isEmpty()) {
        createMissing(batch);
        return;
    }
    QStringList emails;
    for (const auto &item : std::as_const(batch->toRead))
        emails << item->email;
    m_client.readContactsByEmail(
        emails, HubSpotConflictRule::syncedProperties(), this,
        [this, batch](const net::ApiResult<hubspot::BatchResult> &r) {
            const QList<std::shared_ptr<Item>> items = std::exchange(batch->toRead, {});
            if (!r.ok()) {
                for (const auto &item : items)
                    m_failures.apply(item->op, r.error, batch->report);
                createMissing(batch);
                return;
            }
            const QHash<QString, hubspot::CrmObject> found = byEmail(r.value.results);
            for (const auto &item : items) {
                if (item->op.needsReconcile) {
                    // Known now, found or not: the earlier send is settled either way.
                    QString error;
                    if (!m_outbox.clearReconcile(item->op, &error)) {
                        qCWarning(lcSyncHubSpot) << "lost claim while reconciling:" << error;
                        continue;
                    }
                    ++batch->report.reconciled;
                }
                const auto it = found.constFind(item->email);
                if (it != found.cend()) {
                    const bool sameRecord = item->state.baseline && item->state.hubspotId == it->id;
                    settle(batch, item, *it, sameRecord);
                } else {
                    // Never created, or deleted in HubSpot since: create it (again) from our data.
                    item->state.baseline.reset();
                    batch->toCreate.append(item);
                }
            }
            createMissing(batch);
        });
}

void HubSpotContactSync::createMissing(const std::shared_ptr<Batch> &batch) {
    if (batch->toCreate.isEmpty()) {
        readExisting(batch);
        return;
    }
    QList<hubspot::CreateInput> inputs;
    for (const auto &item : std::as_const(batch->toCreate)) {
        hubspot::CreateInput input;
        input.properties = item->local;
        input.properties.insert(QStringLiteral("email"), item->email);
        input.traceId = QString::number(item->op.id);
        input.associateWithCompanyId = item->state.companyId;
        inputs << input;
    }
    m_client.createContacts(inputs, this, [this, batch](const net::ApiResult<hubspot::BatchResult> &r) {
        const QList<std::shared_ptr<Item>> items = std::exchange(batch->toCreate, {});
        if (!r.ok()) {
            for (const auto &item : items)
                m_failures.apply(item->op, r.error, batch->report);
            readExisting(batch);
            return;
        }
        const QHash<QString, hubspot::CrmObject> created = byEmail(r.value.results);
        QHash<QString, hubspot::BatchItemError> errors; // by trace id (our operation id) or e-mail
        for (const hubspot::BatchItemError &error : r.value.errors) {
            if (!error.objectWriteTraceId.isEmpty())
                errors.insert(error.objectWriteTraceId, error);
            for (const QString &id : error.ids)
                errors.insert(IdempotencyKey::normalizeEmail(id), error);
        }
        for (const auto &item : items) {
            const QString trace = QString::number(item->op.id);
            if (const auto it = created.constFind(item->email); it != created.cend()) {
                item->result.op = item->op;
                item->result.state = item->state;
                item->result.contact = *it;
                item->result.created = true;
                item->result.associatedInline = !item->state.companyId.isEmpty();
                // Created from our values: both sides agree on all of them.
                item->result.plan.agreed = item->local;
                batch->toWrite.append(item);
            } else if (errors.contains(trace) || errors.contains(item->email)) {
                const hubspot::BatchItemError error = errors.value(trace, errors.value(item->email));
                if (error.category == QLatin1String("CONFLICT"))
                    batch->existing.append(item); // someone created it meanwhile: merge with theirs
                else
                    m_failures.dead(item->op, QStringLiteral("validation"),
                                    error.category + QLatin1String(": ") + error.message, batch->report);
            } else {
                // Not named either way (e.g. a result without its e-mail): read it next time.
                m_failures.unknown(item->op,
                                   QStringLiteral("no result for this contact in the batch response"),
                                   batch->report);
            }
        }
        readExisting(batch);
    });
}

void HubSpotContactSync::readExisting(const std::shared_ptr<Batch> &batch) {
    if (batch->existing.isEmpty()) {
        updateChanged(batch);
        return;
    }
    QStringList emails;
    for (const auto &item : std::as_const(batch->existing))
        emails << item->email;
    m_client.readContactsByEmail(
        emails, HubSpotConflictRule::syncedProperties(), this,
        [this, batch](const net::ApiResult<hubspot::BatchResult> &r) {
            const QList<std::shared_ptr<Item>> items = std::exchange(batch->existing, {});
            if (!r.ok()) {
                for (const auto &item : items)
                    m_failures.apply(item->op, r.error, batch->report);
                updateChanged(batch);
                return;
            }
            const QHash<QString, hubspot::CrmObject> found = byEmail(r.value.results);
            for (const auto &item : items) {
                if (const auto it = found.constFind(item->email); it != found.cend())
                    settle(batch, item, *it, false);
                else
                    m_failures.unknown(item->op,
                                       QStringLiteral("HubSpot named an existing contact "
                                                      "it then could not read"),
                                       batch->report);
            }
            updateChanged(batch);
        });
}

void HubSpotContactSync::updateChanged(const std::shared_ptr<Batch> &batch) {
    if (batch->toUpdate.isEmpty()) {
        finish(batch);
        return;
    }
    QList<hubspot::UpdateInput> inputs;
    for (const auto &item : std::as_const(batch->toUpdate))
        inputs << hubspot::UpdateInput{item->result.contact.id, item->result.plan.toSend};
    m_client.updateContacts(inputs, this, [this, batch](const net::ApiResult<hubspot::BatchResult> &r) {
        const QList<std::shared_ptr<Item>> items = std::exchange(batch->toUpdate, {});
        if (!r.ok()) {
            for (const auto &item : items)
                m_failures.apply(item->op, r.error, batch->report);
            finish(batch);
            return;
        }
        QHash<QString, hubspot::CrmObject> updated;
        for (const hubspot::CrmObject &object : r.value.results)
            updated.insert(object.id, object);
        for (const auto &item : items) {
            const auto it = updated.constFind(item->result.contact.id);
            if (it == updated.cend()) {
                // Deleted between our read and our write, or not named: read it again next time.
                m_failures.unknown(item->op,
                                   QStringLiteral("no result for this contact in the update response"),
                                   batch->report);
                continue;
            }
            for (auto p = it->properties.cbegin(); p != it->properties.cend(); ++p)
                item->result.contact.properties.insert(p.key(), p.value());
            if (!it->url.isEmpty())
                item->result.contact.url = it->url;
            batch->toWrite.append(item);
        }
        finish(batch);
    });
}

void HubSpotContactSync::finish(const std::shared_ptr<Batch> &batch) {
    if (!batch->toWrite.isEmpty()) {
        QList<ContactWriteBack> results;
        for (const auto &item : std::as_const(batch->toWrite))
            results << item->result;
        int conflicts = 0;
        QString error;
        const QList<qint64> failed = m_store.writeBack(results, &conflicts, &error);
        batch->report.completed += int(results.size() - failed.size());
        batch->report.conflicts += conflicts;
        for (const auto &item : std::as_const(batch->toWrite)) {
            if (failed.contains(item->op.id)) {
                // The remote effect happened; the next attempt reads it before doing anything.
                qCWarning(lcSyncHubSpot) << "write-back failed:" << error;
                m_failures.unknown(item->op, QStringLiteral("write-back failed: ") + error, batch->report);
            }
        }
    }
    batch->done(batch->report);
}

} // namespace prospector::sync

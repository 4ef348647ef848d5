#include "sync/hubspotcontactstore.h"

#include "importing/normalizer.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "sync/clock.h"
#include "sync/hubspotrecordlinks.h"
#include "sync/idempotencykey.h"
#include "sync/outboxrepository.h"
#include "sync/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace prospector::sync {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("HubSpotContactStore", text);
}

// Synced property -> prospects column. Literals only: they are spliced into SQL.
QString columnFor(const QString &property) {
    static const QHash<QString, QString> columns = {
        {QStringLiteral("firstname"), QStringLiteral("first_name")},
        {QStringLiteral("lastname"), QStringLiteral("last_name")},
        {QStringLiteral("jobtitle"), QStringLiteral("title")},
        {QStringLiteral("company"), QStringLiteral("company_name")},
        {QStringLiteral("phone"), QStringLiteral("phone")},
        {QStringLiteral("website"), QStringLiteral("website")},
        {QStringLiteral("city"), QStringLiteral("city")},
        {QStringLiteral("state"), QStringLiteral("region")},
        {QStringLiteral("country"), QStringLiteral("country")},
        {QStringLiteral("industry"), QStringLiteral("industry")},
    };
    return columns.value(property);
}

QString compact(const QJsonObject &object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonFrom(const hubspot::Properties &properties) {
    QJsonObject object;
    for (auto it = properties.cbegin(); it != properties.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QVariant nullableText(const QString &text) {
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

bool run(QSqlQuery &query, const QVariantList &values, QString *error) {
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // As storage::exec: a null QString means "empty" for our NOT NULL text columns.
        const bool emptyText =
            value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull();
        query.bindValue(i, emptyText ? QVariant(QStringLiteral("")) : value);
    }
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

// The values to remember as last synced: what HubSpot answered where it named the property (it
// may normalize what we sent), else what both sides agreed on.
hubspot::Properties settledValues(const ContactWriteBack &c) {
    hubspot::Properties values;
    for (const QString &property : HubSpotConflictRule::syncedProperties()) {
        const auto it = c.contact.properties.constFind(property);
        const QString value =
            it != c.contact.properties.cend() ? it.value().trimmed() : c.plan.agreed.value(property);
        if (!value.isEmpty())
            values.insert(property, value);
    }
    return values;
}

// Prepared once per write-back, bound once per contact.
struct Statements {
    explicit Statements(QSqlDatabase &db)
        : prospect(db)
        , contact(db)
        , conflict(db)
        , activity(db) {}
    bool prepare(QString *error) {
        const bool ok =
            prospect.prepare(QStringLiteral(
                "UPDATE prospects SET hubspot_id = ?, sync_state = 'synced', stage = CASE WHEN stage IN "
                "('new','enriched','qualified') THEN 'synced' ELSE stage END, updated_at = ? WHERE id = "
                "?")) &&
            contact.prepare(QStringLiteral(
                "INSERT INTO hubspot_contacts (prospect_id, hubspot_id, record_url, baseline_json, "
                "associated_domain, synced_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(prospect_id) DO UPDATE "
                "SET hubspot_id = excluded.hubspot_id, record_url = excluded.record_url, baseline_json = "
                "excluded.baseline_json, associated_domain = excluded.associated_domain, synced_at = "
                "excluded.synced_at")) &&
            conflict.prepare(QStringLiteral(
                "INSERT INTO hubspot_conflicts (prospect_id, property, field, base_value, local_value, "
                "hubspot_value, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) &&
            activity.prepare(
                QStringLiteral("INSERT INTO activities (prospect_id, kind, summary, payload_json, "
                               "occurred_at) VALUES (?, ?, ?, ?, ?)"));
        if (!ok && error)
            *error = QStringLiteral("cannot prepare the HubSpot write-back");
        return ok;
    }
    QSqlQuery prospect;
    QSqlQuery contact;
    QSqlQuery conflict;
    QSqlQuery activity;
};

} // namespace

HubSpotContactStore::HubSpotContactStore(const storage::Database &database, OutboxRepository &outbox,
                                         const Clock &clock)
    : m_database(database)
    , m_outbox(outbox)
    , m_clock(clock) {}

std::optional<QHash<qint64, ContactSyncState>> HubSpotContactStore::load(const QList<OutboxOperation> &ops,
                                                                         QString *error) const {
    QJsonArray prospectIds;
    QJsonArray domains;
    QHash<qint64, ContactSyncState> states;
    for (const OutboxOperation &op : ops) {
        ContactSyncState state;
        state.companyDomain =
            IdempotencyKey::normalizeDomain(op.payload.value(QStringLiteral("companyDomain")).toString());
        if (op.prospectId > 0)
            prospectIds.append(op.prospectId);
        if (!state.companyDomain.isEmpty())
            domains.append(state.companyDomain);
        states.insert(op.id, state);
    }
    QHash<qint64, ContactSyncState> byProspect;
    QHash<QString, QString> companyIds;
    QSqlQuery query(m_database.connection());
    if (!storage::exec(
            query,
            QStringLiteral("SELECT prospect_id, hubspot_id, baseline_json, coalesce(associated_domain, '') "
                           "FROM hubspot_contacts WHERE prospect_id IN (SELECT value FROM json_each(?))"),
            {QString::fromUtf8(QJsonDocument(prospectIds).toJson(QJsonDocument::Compact))}, error))
        return std::nullopt;
    while (query.next()) {
        ContactSyncState known;
        known.hubspotId = query.value(1).toString();
        hubspot::Properties baseline;
        const QJsonObject stored = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        for (auto it = stored.begin(); it != stored.end(); ++it)
            baseline.insert(it.key(), it.value().toString());
        known.baseline = baseline;
        known.associatedDomain = query.value(3).toString();
        byProspect.insert(query.value(0).toLongLong(), known);
    }
    if (!domains.isEmpty()) {
        if (!storage::exec(query,
                           QStringLiteral("SELECT domain, hubspot_id FROM hubspot_companies "
                                          "WHERE domain IN (SELECT value FROM json_each(?))"),
                           {QString::fromUtf8(QJsonDocument(domains).toJson(QJsonDocument::Compact))}, error))
            return std::nullopt;
        while (query.next())
            companyIds.insert(query.value(0).toString(), query.value(1).toString());
    }
    for (const OutboxOperation &op : ops) {
        ContactSyncState &state = states[op.id];
        if (const auto it = byProspect.constFind(op.prospectId);
            op.prospectId > 0 && it != byProspect.cend()) {
            state.hubspotId = it->hubspotId;
            state.baseline = it->baseline;
            state.associatedDomain = it->associatedDomain;
        }
        state.companyId = companyIds.value(state.companyDomain);
    }
    return states;
}

QList<qint64> HubSpotContactStore::writeBack(const QList<ContactWriteBack> &contacts, int *conflicts,
                                             QString *error) {
    QList<qint64> failed;
    auto failAll = [&] {
        failed.clear();
        for (const ContactWriteBack &c : contacts)
            failed.append(c.op.id);
        return failed;
    };
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return failAll();
    }
    // The outbox rows first: a claim another process took over (crash recovery) is the one way a
    // single contact can fail; those are left out of everything else. Any other error is the
    // database's, and the whole batch rolls back.
    QList<QPair<OutboxOperation, QJsonObject>> completions;
    for (const ContactWriteBack &c : contacts)
        completions.append({c.op,
                            {{QStringLiteral("hubspotId"), c.contact.id},
                             {QStringLiteral("new"), c.created},
                             {QStringLiteral("conflicts"), int(c.plan.conflicts.size())}}});
    if (!m_outbox.completeAll(transaction, completions, &failed, error))
        return failAll();

    QSqlDatabase &db = transaction.connection();
    Statements q(db);
    if (!q.prepare(error))
        return failAll();
    const qint64 now = m_clock.nowMs();
    QString portal = HubSpotRecordLinks::portalId(m_database);
    int recorded = 0;
    for (const ContactWriteBack &c : contacts) {
        if (failed.contains(c.op.id))
            continue;
        if (portal.isEmpty() && !c.contact.url.isEmpty())
            portal = HubSpotRecordLinks::learnFromUrl(m_database, c.contact.url);
        const QString url =
            c.contact.url.isEmpty() ? HubSpotRecordLinks::contactUrl(portal, c.contact.id) : c.contact.url;
        const qint64 prospectId = c.op.prospectId;
        if (prospectId <= 0)
            continue; // the prospect was deleted meanwhile: only the outbox row is settled
        const QString domain = c.state.companyDomain;
        QString associatedDomain = c.associatedInline ? domain : c.state.associatedDomain;
        if (!c.created && c.state.hubspotId != c.contact.id)
            associatedDomain.clear(); // another HubSpot record than last time: associate it anew
        bool ok = run(q.prospect, {c.contact.id, now, prospectId}, error);
        if (ok && !c.plan.localUpdates.isEmpty()) {
            // HubSpot's values where it won. Column names come from columnFor(), never from data.
            QStringList assignments;
            QVariantList values;
            for (auto it = c.plan.localUpdates.cbegin(); it != c.plan.localUpdates.cend(); ++it) {
                const QString column = columnFor(it.key());
                if (column.isEmpty())
                    continue;
                assignments << column + QLatin1String(" = ?");
                values << it.value();
                if (column == QLatin1String("phone")) {
                    assignments << QStringLiteral("phone_key = ?");
                    values << importing::normalize::phoneKey(it.value());
                }
            }
            values << prospectId;
            QSqlQuery update(db);
            ok = assignments.isEmpty() ||
                 storage::exec(update,
                               QLatin1String("UPDATE prospects SET ") +
                                   assignments.join(QLatin1String(", ")) + QLatin1String(" WHERE id = ?"),
                               values, error);
        }
        ok = ok && run(q.contact,
                       {prospectId, c.contact.id, url, compact(jsonFrom(settledValues(c))),
                        nullableText(associatedDomain), now},
                       error);
        for (const PropertyConflict &conflict : c.plan.conflicts) {
            if (!ok)
                break;
            const QString label = HubSpotConflictRule::fieldLabel(conflict.property);
            ok = run(q.conflict,
                     {prospectId, conflict.property, HubSpotConflictRule::fieldFor(conflict.property),
                      conflict.baseValue, conflict.localValue, conflict.hubspotValue, now},
                     error) &&
                 run(q.activity,
                     {prospectId, QStringLiteral("hubspot_conflict"),
                      tr("Changed in HubSpot: %1 is now “%2”; your value “%3” was replaced")
                          .arg(label, conflict.hubspotValue, conflict.localValue),
                      compact({{QStringLiteral("property"), conflict.property},
                               {QStringLiteral("base"), conflict.baseValue},
                               {QStringLiteral("local"), conflict.localValue},
                               {QStringLiteral("hubspot"), conflict.hubspotValue}}),
                      now},
                     error);
        }
        QStringList fromHubSpot;
        for (auto it = c.plan.localUpdates.cbegin(); it != c.plan.localUpdates.cend(); ++it) {
            const bool conflicted =
                std::any_of(c.plan.conflicts.cbegin(), c.plan.conflicts.cend(),
                            [&](const PropertyConflict &x) { return x.property == it.key(); });
            if (!conflicted)
                fromHubSpot << HubSpotConflictRule::fieldLabel(it.key());
        }
        if (ok && !fromHubSpot.isEmpty())
            ok = run(q.activity,
                     {prospectId, QStringLiteral("hubspot_updated"),
                      tr("Updated from HubSpot: %1").arg(fromHubSpot.join(QStringLiteral(", "))),
                      compact({{QStringLiteral("properties"), jsonFrom(c.plan.localUpdates)}}), now},
                     error);
        if (ok)
            ok = run(
                q.activity,
                {prospectId, QStringLiteral("hubspot_synced"),
                 c.created ? tr("Created in HubSpot") : tr("Updated in HubSpot"),
                 compact({{QStringLiteral("hubspotId"), c.contact.id},
                          {QStringLiteral("new"), c.created},
                          {QStringLiteral("url"), url},
                          {QStringLiteral("companyId"), c.associatedInline ? c.state.companyId : QString()}}),
                 now},
                error);
        if (ok && c.associatedInline)
            ok = run(q.activity,
                     {prospectId, QStringLiteral("hubspot_associated"),
                      tr("Associated with company %1 in HubSpot").arg(domain),
                      compact({{QStringLiteral("companyId"), c.state.companyId},
                               {QStringLiteral("domain"), domain}}),
                      now},
                     error);
        // Not (or no longer) associated with its synced company: one association operation.
        if (ok && !domain.isEmpty() && !c.state.companyId.isEmpty() && associatedDomain != domain) {
            OutboxOperation association;
            association.service = QStringLiteral("hubspot");
            association.kind = QStringLiteral("associate_contact_company");
            association.idempotencyKey = IdempotencyKey::hubspotAssociate(
                c.op.payload.value(QStringLiteral("email")).toString(), domain);
            association.prospectId = prospectId;
            association.payload = {{QStringLiteral("email"), c.op.payload.value(QStringLiteral("email"))},
                                   {QStringLiteral("domain"), domain}};
            ok = m_outbox.enqueue(transaction, association, OutboxRepository::OnDuplicate::RefreshPayload,
                                  error) != OutboxRepository::EnqueueResult::Error;
        }
        if (!ok)
            return failAll();
        recorded += int(c.plan.conflicts.size());
    }
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return failAll();
    }
    if (conflicts)
        *conflicts += recorded;
    return failed;
}

} // namespace prospector::sync

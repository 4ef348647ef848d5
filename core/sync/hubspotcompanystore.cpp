#include "sync/hubspotcompanystore.h"

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
    return QCoreApplication::translate("HubSpotCompanyStore", text);
}

bool statement(QSqlDatabase &db, const QString &sql, QString *error) {
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

// Runs `write` inside a savepoint: on failure only its own changes are undone.
template <typename Write>
bool inSavepoint(QSqlDatabase &db, Write write, bool *fatal, QString *error) {
    if (!statement(db, QStringLiteral("SAVEPOINT item"), error)) {
        *fatal = true;
        return false;
    }
    if (write())
        return statement(db, QStringLiteral("RELEASE item"), error) || (*fatal = true, false);
    if (!statement(db, QStringLiteral("ROLLBACK TO item"), error) ||
        !statement(db, QStringLiteral("RELEASE item"), error))
        *fatal = true;
    return false;
}

} // namespace

HubSpotCompanyStore::HubSpotCompanyStore(const storage::Database &database, OutboxRepository &outbox,
                                         const Clock &clock)
    : m_database(database)
    , m_outbox(outbox)
    , m_clock(clock) {}

QList<qint64> HubSpotCompanyStore::writeCompanies(const QList<CompanyWriteBack> &companies, QString *error) {
    QList<qint64> failed;
    auto failAll = [&] {
        failed.clear();
        for (const CompanyWriteBack &c : companies)
            failed.append(c.op.id);
        return failed;
    };
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return failAll();
    }
    QSqlDatabase &db = transaction.connection();
    const qint64 now = m_clock.nowMs();
    QString portal = HubSpotRecordLinks::portalId(m_database);
    QJsonArray written; // {domain, id, label, url, created} of every company written
    for (const CompanyWriteBack &c : companies) {
        if (portal.isEmpty() && !c.company.url.isEmpty())
            portal = HubSpotRecordLinks::learnFromUrl(m_database, c.company.url);
        const QString url =
            c.company.url.isEmpty() ? HubSpotRecordLinks::companyUrl(portal, c.company.id) : c.company.url;
        const QString name = c.company.properties.value(QStringLiteral("name"));
        bool fatal = false;
        const bool ok = inSavepoint(
            db,
            [&] {
                QSqlQuery q(db);
                return storage::exec(
                           q,
                           QStringLiteral(
                               "INSERT INTO hubspot_companies (domain, hubspot_id, name, record_url, "
                               "created_by_us, "
                               "synced_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(domain) DO UPDATE SET "
                               "hubspot_id = "
                               "excluded.hubspot_id, name = excluded.name, record_url = excluded.record_url, "
                               "created_by_us = max(created_by_us, excluded.created_by_us), synced_at = "
                               "excluded.synced_at"),
                           {c.domain, c.company.id, name, url, c.created ? 1 : 0, now}, error) &&
                       storage::exec(q,
                                     QStringLiteral("UPDATE companies SET hubspot_id = ?, updated_at = ? "
                                                    "WHERE domain = ?"),
                                     {c.company.id, now, c.domain}, error) &&
                       m_outbox.complete(transaction, c.op,
                                         {{QStringLiteral("hubspotId"), c.company.id},
                                          {QStringLiteral("new"), c.created},
                                          {QStringLiteral("domain"), c.domain}},
                                         error);
            },
            &fatal, error);
        if (fatal)
            return failAll();
        if (!ok) {
            failed.append(c.op.id);
            continue;
        }
        written.append(QJsonObject{{QStringLiteral("domain"), c.domain},
                                   {QStringLiteral("id"), c.company.id},
                                   {QStringLiteral("label"), name.isEmpty() ? c.domain : name},
                                   {QStringLiteral("url"), url},
                                   {QStringLiteral("created"), c.created}});
    }
    if (!written.isEmpty()) {
        const QString domains = QString::fromUtf8(QJsonDocument(written).toJson(QJsonDocument::Compact));
        QSqlQuery q(db);
        // One statement per batch (company_domain has no index: one pass over the prospects).
        // The summary templates are translated literals; the names only fill their %1.
        if (!storage::exec(
                q,
                QStringLiteral(
                    "INSERT INTO activities (prospect_id, kind, summary, payload_json, occurred_at) "
                    "SELECT p.id, 'hubspot_company', replace(CASE WHEN json_extract(j.value, '$.created') "
                    "THEN ? ELSE ? END, '%1', json_extract(j.value, '$.label')), json_object('companyId', "
                    "json_extract(j.value, '$.id'), 'domain', json_extract(j.value, '$.domain'), 'url', "
                    "json_extract(j.value, '$.url')), ? FROM json_each(?) AS j JOIN prospects AS p ON "
                    "p.company_domain = json_extract(j.value, '$.domain') "
                    "WHERE p.sync_state IN ('queued', 'synced')"),
                {tr("Company %1 created in HubSpot"), tr("Company %1 found in HubSpot"), now, domains},
                error))
            return failAll();
        // Contacts already in HubSpot that are not associated with this company yet.
        if (!storage::exec(
                q,
                QStringLiteral("SELECT p.id, p.email, json_extract(j.value, '$.domain') FROM json_each(?) "
                               "AS j JOIN prospects AS p ON p.company_domain = "
                               "json_extract(j.value, '$.domain') JOIN hubspot_contacts AS c ON "
                               "c.prospect_id = p.id WHERE p.email IS NOT NULL AND "
                               "coalesce(c.associated_domain, '') <> json_extract(j.value, '$.domain')"),
                {domains}, error))
            return failAll();
        QList<OutboxOperation> associations;
        while (q.next()) {
            OutboxOperation op;
            op.service = QStringLiteral("hubspot");
            op.kind = QStringLiteral("associate_contact_company");
            op.prospectId = q.value(0).toLongLong();
            op.idempotencyKey =
                IdempotencyKey::hubspotAssociate(q.value(1).toString(), q.value(2).toString());
            op.payload = {{QStringLiteral("email"), q.value(1).toString()},
                          {QStringLiteral("domain"), q.value(2).toString()}};
            associations.append(op);
        }
        for (OutboxOperation &op : associations)
            if (m_outbox.enqueue(transaction, op, OutboxRepository::OnDuplicate::RefreshPayload, error) ==
                OutboxRepository::EnqueueResult::Error)
                return failAll();
    }
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return failAll();
    }
    return failed;
}

QPair<QString, QString> HubSpotCompanyStore::associationIds(const OutboxOperation &op, QString *error) const {
    QSqlQuery q(m_database.connection());
    if (!storage::exec(
            q,
            QStringLiteral("SELECT (SELECT hubspot_id FROM hubspot_contacts WHERE prospect_id = ?), "
                           "(SELECT hubspot_id FROM hubspot_companies WHERE domain = ?)"),
            {op.prospectId, op.payload.value(QStringLiteral("domain")).toString()}, error) ||
        !q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toString()};
}

QList<qint64> HubSpotCompanyStore::writeAssociations(const QList<OutboxOperation> &ops, QString *error) {
    QList<qint64> failed;
    auto failAll = [&] {
        failed.clear();
        for (const OutboxOperation &op : ops)
            failed.append(op.id);
        return failed;
    };
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return failAll();
    }
    QSqlDatabase &db = transaction.connection();
    const qint64 now = m_clock.nowMs();
    for (const OutboxOperation &op : ops) {
        const QString domain = op.payload.value(QStringLiteral("domain")).toString();
        bool fatal = false;
        const bool ok = inSavepoint(
            db,
            [&] {
                QSqlQuery q(db);
                return storage::exec(q,
                                     QStringLiteral("UPDATE hubspot_contacts SET associated_domain = ? "
                                                    "WHERE prospect_id = ?"),
                                     {domain, op.prospectId}, error) &&
                       (op.prospectId <= 0 ||
                        storage::exec(
                            q,
                            QStringLiteral("INSERT INTO activities (prospect_id, kind, summary, "
                                           "payload_json, occurred_at) VALUES (?, 'hubspot_associated', "
                                           "?, ?, ?)"),
                            {op.prospectId,
                             QCoreApplication::translate("HubSpotContactStore",
                                                         "Associated with company %1 in HubSpot")
                                 .arg(domain),
                             QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("domain"), domain}})
                                                   .toJson(QJsonDocument::Compact)),
                             now},
                            error)) &&
                       m_outbox.complete(transaction, op, {{QStringLiteral("domain"), domain}}, error);
            },
            &fatal, error);
        if (fatal)
            return failAll();
        if (!ok)
            failed.append(op.id);
    }
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return failAll();
    }
    return failed;
}

} // namespace prospector::sync

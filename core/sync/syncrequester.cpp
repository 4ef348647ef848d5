#include "sync/syncrequester.h"

#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "storage/sqlerror.h"
#include "sync/clock.h"
#include "sync/idempotencykey.h"
#include "sync/outboxrepository.h"
#include "sync/suppressionrepository.h"
#include "sync/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace prospector::sync {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("SyncRequester", text);
}

void putIfSet(QJsonObject &o, const char *key, const QString &value) {
    if (!value.trimmed().isEmpty())
        o.insert(QLatin1StringView(key), value.trimmed());
}

// A custom field as lemlist wants it: a string (numbers without a trailing ".0", true/false).
QString variableText(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().trimmed();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

} // namespace

SyncRequester::SyncRequester(const storage::Database &database, OutboxRepository &outbox, const Clock &clock)
    : m_database(database)
    , m_outbox(outbox)
    , m_clock(clock) {}

QJsonObject SyncRequester::hubspotPayload(const storage::Prospect &p) {
    QJsonObject properties;
    putIfSet(properties, "email", p.email);
    putIfSet(properties, "firstname", p.firstName);
    putIfSet(properties, "lastname", p.lastName);
    putIfSet(properties, "jobtitle", p.title);
    putIfSet(properties, "company", p.companyName);
    putIfSet(properties, "website", p.website);
    putIfSet(properties, "phone", p.phone);
    putIfSet(properties, "city", p.city);
    putIfSet(properties, "state", p.region);
    putIfSet(properties, "country", p.country);
    putIfSet(properties, "industry", p.industry);
    return {{QStringLiteral("email"), IdempotencyKey::normalizeEmail(p.email)},
            {QStringLiteral("companyDomain"), IdempotencyKey::normalizeDomain(p.companyDomain)},
            {QStringLiteral("properties"), properties}};
}

QJsonObject SyncRequester::hubspotCompanyPayload(const storage::Prospect &p) {
    QJsonObject properties;
    const QString domain = IdempotencyKey::normalizeDomain(p.companyDomain);
    properties.insert(QStringLiteral("domain"), domain);
    putIfSet(properties, "name", p.companyName);
    return {{QStringLiteral("domain"), domain}, {QStringLiteral("properties"), properties}};
}

QJsonObject SyncRequester::lemlistPayload(const QString &campaignId, const storage::Prospect &p) {
    QJsonObject lead;
    putIfSet(lead, "firstName", p.firstName);
    putIfSet(lead, "lastName", p.lastName);
    putIfSet(lead, "companyName", p.companyName);
    putIfSet(lead, "jobTitle", p.title);
    putIfSet(lead, "companyDomain", p.companyDomain);
    putIfSet(lead, "phone", p.phone);
    putIfSet(lead, "linkedinUrl", p.linkedinUrl);
    // lemlist takes any extra string as a personalization variable; standard fields keep theirs.
    for (auto it = p.customFields.begin(); it != p.customFields.end(); ++it) {
        const QString value = variableText(it.value());
        if (!lead.contains(it.key()) && it.key() != QLatin1String("email") && !value.isEmpty())
            lead.insert(it.key(), value);
    }
    if (!p.scoreReasons.isEmpty())
        lead.insert(QStringLiteral("scoreReasons"), p.scoreReasons.join(QStringLiteral("; ")));
    return {{QStringLiteral("campaignId"), campaignId},
            {QStringLiteral("email"), IdempotencyKey::normalizeEmail(p.email)},
            {QStringLiteral("lead"), lead}};
}

bool SyncRequester::requestHubSpotSync(const QList<qint64> &prospectIds, Report *report, QString *error) {
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    storage::ProspectRepository prospects(m_database);
    QSqlQuery query(transaction.connection());
    for (qint64 id : prospectIds) {
        QString readError;
        const auto p = prospects.get(id, &readError);
        if (!p) {
            if (!readError.isEmpty()) {
                if (error)
                    *error = readError;
                return false;
            }
            report->skipped.append({id, tr("not found")});
            continue;
        }
        if (p->email.isEmpty()) {
            report->skipped.append({id, tr("no e-mail address")});
            continue;
        }
        OutboxOperation op;
        op.service = QStringLiteral("hubspot");
        op.kind = QStringLiteral("upsert_contact");
        op.idempotencyKey = IdempotencyKey::hubspotUpsertContact(p->email);
        op.prospectId = id;
        op.payload = hubspotPayload(*p);
        // The company first (once per domain): the contact waits for it, so it is created already
        // associated, without a request of its own for the association.
        const QString domain = IdempotencyKey::normalizeDomain(p->companyDomain);
        if (!domain.isEmpty()) {
            OutboxOperation company;
            company.service = QStringLiteral("hubspot");
            company.kind = QStringLiteral("upsert_company");
            company.idempotencyKey = IdempotencyKey::hubspotUpsertCompany(domain);
            company.prospectId = id;
            company.payload = hubspotCompanyPayload(*p);
            if (m_outbox.enqueue(transaction, company, OutboxRepository::OnDuplicate::Keep, error) ==
                OutboxRepository::EnqueueResult::Error)
                return false;
            op.dependsOn = company.idempotencyKey;
        }
        const auto result =
            m_outbox.enqueue(transaction, op, OutboxRepository::OnDuplicate::RefreshPayload, error);
        if (result == OutboxRepository::EnqueueResult::Error)
            return false;
        ++report->queued;
        report->operationIds << op.id;
        if (!storage::exec(
                query,
                QStringLiteral("UPDATE prospects SET sync_state = 'queued', updated_at = ? WHERE id = ?"),
                {m_clock.nowMs(), id}, error))
            return false;
    }
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    return true;
}

bool SyncRequester::requestEnrollment(const QString &campaignId, const QList<qint64> &prospectIds,
                                      Report *report, QString *error) {
    if (campaignId.trimmed().isEmpty()) {
        if (error)
            *error = tr("Choose a lemlist campaign first.");
        return false;
    }
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    storage::ProspectRepository prospects(m_database);
    SuppressionRepository suppression(m_database);
    for (qint64 id : prospectIds) {
        QString readError;
        const auto p = prospects.get(id, &readError);
        if (!p) {
            if (!readError.isEmpty()) {
                if (error)
                    *error = readError;
                return false;
            }
            report->skipped.append({id, tr("not found")});
            continue;
        }
        if (p->email.isEmpty()) {
            report->skipped.append({id, tr("no e-mail address")});
            continue;
        }
        if (p->unsubscribed || p->bounced || p->doNotContact) {
            report->skipped.append({id, tr("unsubscribed, bounced or do not contact")});
            continue;
        }
        const auto check = suppression.check(p->email, nullptr, error);
        if (check == SuppressionRepository::Check::Error)
            return false; // fail closed: never enroll on an unreadable suppression list
        if (check == SuppressionRepository::Check::Suppressed) {
            report->skipped.append({id, tr("on the suppression list")});
            continue;
        }
        OutboxOperation op;
        op.service = QStringLiteral("lemlist");
        op.kind = QStringLiteral("enroll_lead");
        op.idempotencyKey = IdempotencyKey::lemlistEnroll(campaignId, p->email);
        op.prospectId = id;
        op.payload = lemlistPayload(campaignId.trimmed(), *p);
        const auto result = m_outbox.enqueue(transaction, op, OutboxRepository::OnDuplicate::Keep, error);
        if (result == OutboxRepository::EnqueueResult::Error)
            return false;
        report->operationIds << op.id;
        if (result == OutboxRepository::EnqueueResult::AlreadyPresent)
            ++report->alreadyQueued;
        else
            ++report->queued;
    }
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    return true;
}

} // namespace prospector::sync

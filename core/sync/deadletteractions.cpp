#include "sync/deadletteractions.h"

#include "review/bulktarget.h"
#include "review/fieldvalidator.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "storage/sqlerror.h"
#include "sync/clock.h"
#include "sync/enrichmentrequester.h"
#include "sync/idempotencykey.h"
#include "sync/outboxrepository.h"
#include "sync/syncrequester.h"
#include "sync/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace prospector::sync {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("DeadLetterActions", text);
}

using Result = DeadLetterActions::Result;

Result failed(const QString &error) {
    return {false, error};
}

Result succeeded() {
    return {true, {}};
}

// Prospect field -> where it travels in each kind of payload.
QString hubspotProperty(const QString &field) {
    static const QHash<QString, QString> map = {
        {QStringLiteral("firstName"), QStringLiteral("firstname")},
        {QStringLiteral("lastName"), QStringLiteral("lastname")},
        {QStringLiteral("title"), QStringLiteral("jobtitle")},
        {QStringLiteral("companyName"), QStringLiteral("company")},
        {QStringLiteral("phone"), QStringLiteral("phone")},
        {QStringLiteral("website"), QStringLiteral("website")},
    };
    return map.value(field);
}

QString lemlistField(const QString &field) {
    static const QHash<QString, QString> map = {
        {QStringLiteral("firstName"), QStringLiteral("firstName")},
        {QStringLiteral("lastName"), QStringLiteral("lastName")},
        {QStringLiteral("title"), QStringLiteral("jobTitle")},
        {QStringLiteral("companyName"), QStringLiteral("companyName")},
        {QStringLiteral("phone"), QStringLiteral("phone")},
    };
    return map.value(field);
}

} // namespace

DeadLetterActions::DeadLetterActions(const storage::Database &database, OutboxRepository &outbox,
                                     const Clock &clock)
    : m_database(database)
    , m_outbox(outbox)
    , m_clock(clock) {}

Result DeadLetterActions::retry(qint64 operationId) {
    QString error;
    if (!m_outbox.retryDead(operationId, std::nullopt, &error))
        return failed(tr("This problem was already handled."));
    return succeeded();
}

Result DeadLetterActions::discard(qint64 operationId) {
    QString error;
    const auto op = m_outbox.get(operationId, &error);
    if (!op || op->state != OutboxState::Dead)
        return failed(error.isEmpty() ? tr("This problem was already handled.") : error);
    // A prospect marked "queued" or "error" for it goes back to what it was (schema 14's trigger).
    if (!m_outbox.discardDead(operationId, &error))
        return failed(tr("This problem was already handled."));
    return succeeded();
}

Result DeadLetterActions::requeueFromProspect(qint64 operationId) {
    QString error;
    const auto op = m_outbox.get(operationId, &error);
    if (!op || op->state != OutboxState::Dead)
        return failed(error.isEmpty() ? tr("This problem was already handled.") : error);
    const auto prospect = op->prospectId > 0
                              ? storage::ProspectRepository(m_database).get(op->prospectId, &error)
                              : std::nullopt;
    if (!prospect)
        return error.isEmpty() ? retry(operationId) : failed(error);

    SyncRequester requester(m_database, m_outbox, m_clock);
    SyncRequester::Report report;
    if (op->service == QLatin1String("hubspot") && op->kind == QLatin1String("upsert_contact")) {
        if (!requester.requestHubSpotSync({prospect->id}, &report, &error))
            return failed(error);
        if (!report.skipped.isEmpty())
            return failed(report.skipped.constFirst().second);
        // Same e-mail: the request re-queued this very row with the new data.
        if (IdempotencyKey::hubspotUpsertContact(prospect->email) != op->idempotencyKey &&
            !m_outbox.discardDead(operationId, &error))
            return failed(error);
        return succeeded();
    }
    if (op->service == QLatin1String("lemlist") && op->kind == QLatin1String("enroll_lead")) {
        const QString campaign = op->payload.value(QStringLiteral("campaignId")).toString();
        if (IdempotencyKey::lemlistEnroll(campaign, prospect->email) == op->idempotencyKey) {
            if (!m_outbox.retryDead(operationId, SyncRequester::lemlistPayload(campaign, *prospect), &error))
                return failed(tr("This problem was already handled."));
            return succeeded();
        }
        if (!requester.requestEnrollment(campaign, {prospect->id}, &report, &error))
            return failed(error);
        if (!report.skipped.isEmpty())
            return failed(report.skipped.constFirst().second);
        if (!m_outbox.discardDead(operationId, &error))
            return failed(error);
        return succeeded();
    }
    if (op->service == QLatin1String("explorium") && op->kind == QLatin1String("enrich_prospect")) {
        EnrichmentRequester::Report enrich;
        if (!EnrichmentRequester(m_database, m_outbox, m_clock)
                 .request(review::BulkTarget::ofIds({prospect->id}), &enrich, &error))
            return failed(error);
        const EnrichmentRequester::Report::Item item = enrich.items.value(0);
        if (item.outcome == QLatin1String("skipped"))
            return failed(item.detail);
        // The requester keeps this very row when the effect is unchanged: retry it as it is.
        if (item.operationId == operationId)
            return retry(operationId);
        // A new effect (another address), or enriched meanwhile: this one is abandoned.
        if (!m_outbox.discardDead(operationId, &error))
            return failed(error);
        return succeeded();
    }
    return retry(operationId);
}

Result DeadLetterActions::retryWithFields(qint64 operationId, const QVariantMap &fields) {
    QString error;
    const auto op = m_outbox.get(operationId, &error);
    if (!op || op->state != OutboxState::Dead)
        return failed(error.isEmpty() ? tr("This problem was already handled.") : error);
    QJsonObject payload = op->payload;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        QVariant normalized;
        const QString problem = review::FieldValidator::validate(it.key(), it.value(), &normalized);
        if (!problem.isEmpty())
            return failed(problem);
        const QString value = normalized.toString();
        if (it.key() == QLatin1String("email")) {
            payload.insert(QStringLiteral("email"), IdempotencyKey::normalizeEmail(value));
            continue;
        }
        if (op->service == QLatin1String("hubspot") && !hubspotProperty(it.key()).isEmpty()) {
            QJsonObject properties = payload.value(QStringLiteral("properties")).toObject();
            properties.insert(hubspotProperty(it.key()), value);
            payload.insert(QStringLiteral("properties"), properties);
        } else if (op->service == QLatin1String("lemlist") && !lemlistField(it.key()).isEmpty()) {
            QJsonObject lead = payload.value(QStringLiteral("lead")).toObject();
            lead.insert(lemlistField(it.key()), value);
            payload.insert(QStringLiteral("lead"), lead);
        }
    }
    if (!m_outbox.retryDead(operationId, payload, &error))
        return failed(tr("This problem was already handled."));
    return succeeded();
}

} // namespace prospector::sync

#include "sync/enrichmentcalllog.h"

#include "storage/database.h"
#include "storage/sqlerror.h"
#include "sync/clock.h"
#include "sync/transaction.h"

#include <QSqlQuery>
#include <QUuid>

namespace prospector::sync {
namespace {

QString outcomeName(EnrichmentCallLog::Outcome outcome) {
    switch (outcome) {
    case EnrichmentCallLog::Outcome::Pending:
        return QStringLiteral("pending");
    case EnrichmentCallLog::Outcome::Charged:
        return QStringLiteral("charged");
    case EnrichmentCallLog::Outcome::NotCharged:
        return QStringLiteral("not_charged");
    }
    return {};
}

EnrichmentCallLog::Outcome outcomeFromName(const QString &name) {
    if (name == QLatin1String("charged"))
        return EnrichmentCallLog::Outcome::Charged;
    if (name == QLatin1String("not_charged"))
        return EnrichmentCallLog::Outcome::NotCharged;
    return EnrichmentCallLog::Outcome::Pending;
}

} // namespace

EnrichmentCallLog::EnrichmentCallLog(const storage::Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock) {}

QString EnrichmentCallLog::begin(const QList<qint64> &outboxIds, const QString &endpoint,
                                 qint64 estimatedCredits, std::optional<qint64> baselineCreditsUsed,
                                 QString *error) {
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return {};
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery query(transaction.connection());
    const QVariant baseline =
        baselineCreditsUsed ? QVariant(*baselineCreditsUsed) : QVariant(QMetaType(QMetaType::LongLong));
    if (!storage::exec(
            query,
            QStringLiteral("INSERT INTO enrichment_calls (id, endpoint, records, estimated_credits, "
                           "baseline_credits_used, sent_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {id, endpoint, int(outboxIds.size()), estimatedCredits, baseline, m_clock.nowMs()}, error))
        return {};
    for (qint64 outboxId : outboxIds) {
        // An operation is in at most one unsettled call: a newer send supersedes a settled link.
        if (!storage::exec(
                query,
                QStringLiteral("INSERT INTO enrichment_call_ops (outbox_id, call_id) VALUES (?, ?) "
                               "ON CONFLICT(outbox_id) DO UPDATE SET call_id = excluded.call_id"),
                {outboxId, id}, error))
            return {};
    }
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return {};
    }
    return id;
}

std::optional<EnrichmentCallLog::Call> EnrichmentCallLog::callFor(qint64 outboxId, QString *error) const {
    QSqlQuery query(m_database.connection());
    if (!storage::exec(
            query,
            QStringLiteral("SELECT c.id, c.endpoint, c.records, c.estimated_credits, "
                           "c.baseline_credits_used, c.sent_at, c.outcome FROM enrichment_call_ops o "
                           "JOIN enrichment_calls c ON c.id = o.call_id WHERE o.outbox_id = ?"),
            {outboxId}, error) ||
        !query.next())
        return std::nullopt;
    Call call;
    call.id = query.value(0).toString();
    call.endpoint = query.value(1).toString();
    call.records = query.value(2).toInt();
    call.estimatedCredits = query.value(3).toLongLong();
    if (!query.value(4).isNull())
        call.baselineCreditsUsed = query.value(4).toLongLong();
    call.sentAt = query.value(5).toLongLong();
    call.outcome = outcomeFromName(query.value(6).toString());
    return call;
}

bool EnrichmentCallLog::setOutcome(Transaction &transaction, const QString &callId, Outcome outcome,
                                   QString *error) {
    QSqlQuery query(transaction.connection());
    return storage::exec(query, QStringLiteral("UPDATE enrichment_calls SET outcome = ? WHERE id = ?"),
                         {outcomeName(outcome), callId}, error);
}

bool EnrichmentCallLog::release(Transaction &transaction, qint64 outboxId, QString *error) {
    QSqlQuery query(transaction.connection());
    if (!storage::exec(query, QStringLiteral("SELECT call_id FROM enrichment_call_ops WHERE outbox_id = ?"),
                       {outboxId}, error))
        return false;
    if (!query.next())
        return true;
    const QString callId = query.value(0).toString();
    return storage::exec(query, QStringLiteral("DELETE FROM enrichment_call_ops WHERE outbox_id = ?"),
                         {outboxId}, error) &&
           storage::exec(query,
                         QStringLiteral("DELETE FROM enrichment_calls WHERE id = ? AND NOT EXISTS "
                                        "(SELECT 1 FROM enrichment_call_ops WHERE call_id = ?)"),
                         {callId, callId}, error);
}

bool EnrichmentCallLog::finish(Transaction &transaction, const QString &callId, QString *error) {
    QSqlQuery query(transaction.connection());
    return storage::exec(query, QStringLiteral("DELETE FROM enrichment_calls WHERE id = ?"), {callId}, error);
}

EnrichmentCallLog::Outcome EnrichmentCallLog::judge(const Call &call, std::optional<qint64> creditsUsedNow,
                                                    qint64 ownSpentSince) {
    if (call.outcome != Outcome::Pending)
        return call.outcome;
    if (!call.baselineCreditsUsed || !creditsUsedNow)
        return Outcome::Charged; // cannot confirm it was free: never risk paying twice
    return *creditsUsedNow - *call.baselineCreditsUsed == ownSpentSince ? Outcome::NotCharged
                                                                        : Outcome::Charged;
}

} // namespace prospector::sync

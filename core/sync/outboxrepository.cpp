#include "sync/outboxrepository.h"

#include "storage/database.h"
#include "storage/sqlerror.h"
#include "sync/clock.h"
#include "sync/retryschedule.h"
#include "sync/transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <limits>

namespace prospector::sync {
namespace {

const QString kColumns = QStringLiteral(
    "id, service, kind, idempotency_key, prospect_id, payload_json, state, needs_reconcile, attempts, "
    "next_attempt_at, claim_token, last_error, failure_kind, result_json, created_at, updated_at, "
    "coalesce(depends_on, '')");

// A row is claimable when it is due and nothing it depends on is still pending. Shared by
// claimDue() and nextDueAt() so the engine never waits for work it cannot claim. Binds: service,
// now, kind, kind.
const QString kClaimable = QStringLiteral(
    "service = ? AND state IN ('queued', 'unknown') AND next_attempt_at <= ? AND (? = '' OR kind = ?) "
    "AND (depends_on IS NULL OR NOT EXISTS (SELECT 1 FROM outbox AS d WHERE d.idempotency_key = "
    "outbox.depends_on AND d.state IN ('queued', 'in_flight', 'unknown')))");

QString toJson(const QJsonObject &object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromJson(const QVariant &value) {
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QVariant nullableText(const QString &text) {
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullableId(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

OutboxOperation fromRecord(const QSqlQuery &q) {
    OutboxOperation op;
    op.id = q.value(0).toLongLong();
    op.service = q.value(1).toString();
    op.kind = q.value(2).toString();
    op.idempotencyKey = q.value(3).toString();
    op.prospectId = q.value(4).toLongLong();
    op.payload = fromJson(q.value(5));
    outboxStateFromName(q.value(6).toString(), &op.state);
    op.needsReconcile = q.value(7).toInt() != 0;
    op.attempts = q.value(8).toInt();
    op.nextAttemptAt = q.value(9).toLongLong();
    op.claimToken = q.value(10).toString();
    op.lastError = q.value(11).toString();
    op.failureKind = q.value(12).toString();
    op.result = fromJson(q.value(13));
    op.createdAt = q.value(14).toLongLong();
    op.updatedAt = q.value(15).toLongLong();
    op.dependsOn = q.value(16).toString();
    return op;
}

} // namespace

OutboxRepository::OutboxRepository(const storage::Database &database, const Clock &clock,
                                   const RetrySchedule &schedule)
    : m_database(database)
    , m_clock(clock)
    , m_schedule(schedule) {}

OutboxRepository::EnqueueResult OutboxRepository::enqueue(Transaction &transaction, OutboxOperation &op,
                                                          OnDuplicate onDuplicate, QString *error) {
    if (!transaction.isActive()) {
        if (error)
            *error = QStringLiteral("enqueue needs an open transaction");
        return EnqueueResult::Error;
    }
    const qint64 now = m_clock.nowMs();
    QSqlQuery query(transaction.connection());
    if (!storage::exec(query,
                       QStringLiteral("INSERT INTO outbox (service, kind, idempotency_key, prospect_id, "
                                      "payload_json, depends_on, state, next_attempt_at, created_at, "
                                      "updated_at) VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?) "
                                      "ON CONFLICT(idempotency_key) DO NOTHING"),
                       {op.service, op.kind, op.idempotencyKey, nullableId(op.prospectId), toJson(op.payload),
                        nullableText(op.dependsOn), now, now, now},
                       error))
        return EnqueueResult::Error;
    if (query.numRowsAffected() == 1) {
        op.id = query.lastInsertId().toLongLong();
        op.state = OutboxState::Queued;
        op.nextAttemptAt = now;
        op.createdAt = op.updatedAt = now;
        return EnqueueResult::Inserted;
    }

    // The key exists. The transaction holds the write lock, so what we read stays true until commit.
    if (!storage::exec(query, QStringLiteral("SELECT id, state FROM outbox WHERE idempotency_key = ?"),
                       {op.idempotencyKey}, error))
        return EnqueueResult::Error;
    if (!query.next()) {
        if (error)
            *error = QStringLiteral("outbox row vanished during enqueue");
        return EnqueueResult::Error;
    }
    op.id = query.value(0).toLongLong();
    OutboxState existing = OutboxState::Queued;
    outboxStateFromName(query.value(1).toString(), &existing);
    if (onDuplicate == OnDuplicate::Keep ||
        (onDuplicate == OnDuplicate::RequeueDone && existing != OutboxState::Done))
        return EnqueueResult::AlreadyPresent;

    const QString payload = toJson(op.payload);
    const QVariant dependsOn = nullableText(op.dependsOn);
    switch (existing) {
    case OutboxState::Queued:
        return storage::exec(query,
                             QStringLiteral("UPDATE outbox SET payload_json = ?, depends_on = ?, prospect_id = "
                                            "coalesce(?, prospect_id), updated_at = ? WHERE id = ? AND state = "
                                            "'queued'"),
                             {payload, dependsOn, nullableId(op.prospectId), now, op.id}, error)
                   ? EnqueueResult::Refreshed
                   : EnqueueResult::Error;
    case OutboxState::Done:
    case OutboxState::Dead:
        return storage::exec(
                   query,
                   QStringLiteral("UPDATE outbox SET payload_json = ?, followup_payload_json = NULL, "
                                  "depends_on = ?, prospect_id = coalesce(?, prospect_id), "
                                  "state = CASE WHEN needs_reconcile = 1 THEN 'unknown' ELSE 'queued' END, "
                                  "attempts = 0, next_attempt_at = ?, last_error = '', failure_kind = '', "
                                  "updated_at = ? WHERE id = ? AND state IN ('done', 'dead')"),
                   {payload, dependsOn, nullableId(op.prospectId), now, now, op.id}, error)
                   ? EnqueueResult::Refreshed
                   : EnqueueResult::Error;
    case OutboxState::InFlight:
    case OutboxState::Unknown:
        return storage::exec(query,
                             QStringLiteral("UPDATE outbox SET followup_payload_json = ?, updated_at = ? "
                                            "WHERE id = ?"),
                             {payload, now, op.id}, error)
                   ? EnqueueResult::FollowUpQueued
                   : EnqueueResult::Error;
    }
    return EnqueueResult::Error;
}

QList<OutboxOperation> OutboxRepository::claimDue(const QString &service, const QString &kind, int limit,
                                                  QString *error) {
    const qint64 now = m_clock.nowMs();
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return {};
    }
    QSqlQuery query(transaction.connection());
    // The subquery and the update are one statement under the write lock: a row is claimed by
    // exactly one caller, and the state guard makes a second pass over it a no-op.
    const bool ok = storage::exec(
        query,
        QLatin1String("UPDATE outbox SET state = 'in_flight', claim_token = ?, claimed_at = ?, "
                      "attempts = attempts + 1, updated_at = ? "
                      "WHERE state IN ('queued', 'unknown') AND id IN (SELECT id FROM outbox WHERE ") +
            kClaimable + QLatin1String(" ORDER BY next_attempt_at, id LIMIT ?)"),
        {token, now, now, service, now, kind, kind, limit}, error);
    if (!ok)
        return {};
    QList<OutboxOperation> claimed =
        select(QStringLiteral("claim_token = ? AND state = 'in_flight' ORDER BY next_attempt_at, id"),
               {token}, error);
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return {};
    }
    return claimed;
}

bool OutboxRepository::complete(Transaction &transaction, const OutboxOperation &op,
                                const QJsonObject &result, QString *error) {
    if (!transaction.isActive()) {
        if (error)
            *error = QStringLiteral("complete needs an open transaction");
        return false;
    }
    const qint64 now = m_clock.nowMs();
    QSqlQuery query(transaction.connection());
    // A follow-up payload (newer data asked for while this one was in flight) is queued right away.
    if (!storage::exec(
            query,
            QStringLiteral(
                "UPDATE outbox SET result_json = ?, needs_reconcile = 0, claim_token = NULL, last_error = "
                "'', "
                "failure_kind = '', "
                "state = CASE WHEN followup_payload_json IS NULL THEN 'done' ELSE 'queued' END, "
                "payload_json = coalesce(followup_payload_json, payload_json), followup_payload_json = NULL, "
                "attempts = CASE WHEN followup_payload_json IS NULL THEN attempts ELSE 0 END, "
                "next_attempt_at = ?, updated_at = ? "
                "WHERE id = ? AND claim_token = ? AND state = 'in_flight'"),
            {toJson(result), now, now, op.id, op.claimToken}, error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = QStringLiteral("the claim on outbox operation %1 is no longer held").arg(op.id);
        return false;
    }
    return true;
}

bool OutboxRepository::completeAll(Transaction &transaction,
                                   const QList<QPair<OutboxOperation, QJsonObject>> &results,
                                   QList<qint64> *lost, QString *error) {
    if (!transaction.isActive()) {
        if (error)
            *error = QStringLiteral("completeAll needs an open transaction");
        return false;
    }
    const qint64 now = m_clock.nowMs();
    QSqlQuery query(transaction.connection());
    // The same statement as complete(), prepared once for the whole batch.
    if (!query.prepare(QStringLiteral(
            "UPDATE outbox SET result_json = ?, needs_reconcile = 0, claim_token = NULL, last_error = '', "
            "failure_kind = '', "
            "state = CASE WHEN followup_payload_json IS NULL THEN 'done' ELSE 'queued' END, "
            "payload_json = coalesce(followup_payload_json, payload_json), followup_payload_json = NULL, "
            "attempts = CASE WHEN followup_payload_json IS NULL THEN attempts ELSE 0 END, "
            "next_attempt_at = ?, updated_at = ? "
            "WHERE id = ? AND claim_token = ? AND state = 'in_flight'"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (const auto &[op, result] : results) {
        query.bindValue(0, toJson(result));
        query.bindValue(1, now);
        query.bindValue(2, now);
        query.bindValue(3, op.id);
        query.bindValue(4, op.claimToken);
        if (!query.exec()) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
        if (query.numRowsAffected() != 1 && lost)
            lost->append(op.id);
    }
    return true;
}

bool OutboxRepository::clearReconcile(OutboxOperation &op, QString *error) {
    if (!transition(op, QStringLiteral("needs_reconcile = 0"), {}, error))
        return false;
    op.needsReconcile = false;
    return true;
}

bool OutboxRepository::retryLater(const OutboxOperation &op, const QString &error, qint64 notBefore,
                                  QString *errorOut) {
    if (m_schedule.exhausted(op.attempts))
        return markDead(op, QStringLiteral("exhausted"), error, errorOut);
    const qint64 next = std::max(m_clock.nowMs() + m_schedule.delayAfter(op.attempts), notBefore);
    return transition(
        op,
        QStringLiteral("state = CASE WHEN needs_reconcile = 1 THEN 'unknown' ELSE 'queued' END, "
                       "claim_token = NULL, next_attempt_at = ?, last_error = ?"),
        {next, error}, errorOut);
}

bool OutboxRepository::markUnknown(const OutboxOperation &op, const QString &error, QString *errorOut) {
    if (m_schedule.exhausted(op.attempts)) {
        // Still unresolved when it dies: a retry from the dead letters reconciles first.
        return transition(op,
                          QStringLiteral("state = 'dead', needs_reconcile = 1, claim_token = NULL, "
                                         "failure_kind = 'exhausted', last_error = ?"),
                          {error}, errorOut);
    }
    const qint64 next = m_clock.nowMs() + m_schedule.delayAfter(op.attempts);
    return transition(op,
                      QStringLiteral("state = 'unknown', needs_reconcile = 1, claim_token = NULL, "
                                     "next_attempt_at = ?, last_error = ?"),
                      {next, error}, errorOut);
}

bool OutboxRepository::markDead(const OutboxOperation &op, const QString &failureKind, const QString &error,
                                QString *errorOut) {
    return transition(op,
                      QStringLiteral("state = 'dead', claim_token = NULL, failure_kind = ?, last_error = ?"),
                      {failureKind, error}, errorOut);
}

bool OutboxRepository::release(const OutboxOperation &op, QString *error) {
    return transition(
        op,
        QStringLiteral("state = CASE WHEN needs_reconcile = 1 THEN 'unknown' ELSE 'queued' END, "
                       "claim_token = NULL, attempts = max(attempts - 1, 0)"),
        {}, error);
}

bool OutboxRepository::transition(const OutboxOperation &op, const QString &setClause,
                                  const QVariantList &values, QString *error) {
    QSqlQuery query(m_database.connection());
    QVariantList bound = values;
    bound << m_clock.nowMs() << op.id << op.claimToken;
    // setClause is always a literal of this file; user data only ever travels as bound values.
    if (!storage::exec(query,
                       QLatin1String("UPDATE outbox SET ") + setClause +
                           QLatin1String(", updated_at = ? WHERE id = ? AND claim_token = ? "
                                         "AND state = 'in_flight'"),
                       bound, error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = QStringLiteral("the claim on outbox operation %1 is no longer held").arg(op.id);
        return false;
    }
    return true;
}

int OutboxRepository::recoverInterrupted(QString *error) {
    QSqlQuery query(m_database.connection());
    if (!storage::exec(query,
                       QStringLiteral("UPDATE outbox SET state = 'unknown', needs_reconcile = 1, "
                                      "claim_token = NULL, next_attempt_at = ?, "
                                      "last_error = 'interrupted while in flight', updated_at = ? "
                                      "WHERE state = 'in_flight'"),
                       {m_clock.nowMs(), m_clock.nowMs()}, error))
        return -1;
    return query.numRowsAffected();
}

QList<OutboxOperation> OutboxRepository::deadLetters(const QString &service, int limit,
                                                     QString *error) const {
    return select(
        QStringLiteral("state = 'dead' AND (? = '' OR service = ?) ORDER BY updated_at DESC, id DESC "
                       "LIMIT ?"),
        {service, service, limit}, error);
}

bool OutboxRepository::retryDead(qint64 id, const std::optional<QJsonObject> &editedPayload, QString *error) {
    QSqlQuery query(m_database.connection());
    const qint64 now = m_clock.nowMs();
    const QVariant payload =
        editedPayload ? QVariant(toJson(*editedPayload)) : QVariant(QMetaType(QMetaType::QString));
    if (!storage::exec(
            query,
            QStringLiteral("UPDATE outbox SET payload_json = coalesce(?, payload_json), "
                           "state = CASE WHEN needs_reconcile = 1 THEN 'unknown' ELSE 'queued' END, "
                           "attempts = 0, next_attempt_at = ?, failure_kind = '', updated_at = ? "
                           "WHERE id = ? AND state = 'dead'"),
            {payload, now, now, id}, error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = QStringLiteral("outbox operation %1 is not a dead letter").arg(id);
        return false;
    }
    return true;
}

bool OutboxRepository::discardDead(qint64 id, QString *error) {
    QSqlQuery query(m_database.connection());
    if (!storage::exec(query, QStringLiteral("DELETE FROM outbox WHERE id = ? AND state = 'dead'"), {id},
                       error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = QStringLiteral("outbox operation %1 is not a dead letter").arg(id);
        return false;
    }
    return true;
}

std::optional<OutboxOperation> OutboxRepository::get(qint64 id, QString *error) const {
    const QList<OutboxOperation> rows = select(QStringLiteral("id = ?"), {id}, error);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.constFirst());
}

std::optional<OutboxOperation> OutboxRepository::findByKey(const QString &idempotencyKey,
                                                           QString *error) const {
    const QList<OutboxOperation> rows =
        select(QStringLiteral("idempotency_key = ?"), {idempotencyKey}, error);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.constFirst());
}

QHash<QString, int> OutboxRepository::countsByState(const QString &service, QString *error) const {
    QHash<QString, int> counts;
    QSqlQuery query(m_database.connection());
    if (!storage::exec(query,
                       QStringLiteral("SELECT state, count(*) FROM outbox WHERE (? = '' OR service = ?) "
                                      "GROUP BY state"),
                       {service, service}, error))
        return counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}

qint64 OutboxRepository::nextDueAt(const QString &service, QString *error) const {
    return nextDueAt(service, QString(), error);
}

qint64 OutboxRepository::nextDueAt(const QString &service, const QString &kind, QString *error) const {
    QSqlQuery query(m_database.connection());
    // Due in the far future counts too (the engine sleeps until then), so "now" is unbounded here.
    if (!storage::exec(query, QLatin1String("SELECT min(next_attempt_at) FROM outbox WHERE ") + kClaimable,
                       {service, std::numeric_limits<qint64>::max(), kind, kind}, error))
        return 0;
    return query.next() ? query.value(0).toLongLong() : 0;
}

bool OutboxRepository::postpone(const OutboxOperation &op, qint64 notBefore, const QString &reason,
                                const QJsonObject &note, QString *error) {
    return transition(
        op,
        QStringLiteral("state = CASE WHEN needs_reconcile = 1 THEN 'unknown' ELSE 'queued' END, "
                       "claim_token = NULL, attempts = max(attempts - 1, 0), next_attempt_at = ?, "
                       "last_error = ?, result_json = coalesce(?, result_json)"),
        {notBefore, reason,
         note.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(toJson(note))},
        error);
}

QList<OutboxOperation> OutboxRepository::select(const QString &where, const QVariantList &values,
                                                QString *error) const {
    QList<OutboxOperation> rows;
    QSqlQuery query(m_database.connection());
    // `where` is always a literal of this file; values are bound.
    if (!storage::exec(query,
                       QLatin1String("SELECT ") + kColumns + QLatin1String(" FROM outbox WHERE ") + where,
                       values, error))
        return rows;
    while (query.next())
        rows << fromRecord(query);
    return rows;
}

} // namespace prospector::sync

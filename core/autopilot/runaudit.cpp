#include "autopilot/runaudit.h"

#include "storage/database.h"
#include "storage/sqlerror.h"
#include "sync/clock.h"
#include "sync/outboxoperation.h"
#include "sync/transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace prospector::autopilot {

namespace {

const QString kWriteOutcomes = QStringLiteral("('queued','refreshed','follow_up')");

QVariant nullableId(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// Runs a query of one id column for a run's step and collects the ids into *out (a QSet or a QList).
template <typename Ids>
bool readIds(const storage::Database &database, const QString &sql, qint64 runId, const QString &step,
             Ids *out, QString *error) {
    QSqlQuery q(database.connection());
    if (!storage::exec(q, sql, {runId, step}, error))
        return false;
    out->clear();
    while (q.next())
        *out << q.value(0).toLongLong();
    return true;
}

} // namespace

bool AuditEntry::isWrite() const {
    return outcome == QLatin1String("queued") || outcome == QLatin1String("refreshed") ||
           outcome == QLatin1String("follow_up");
}

RunAudit::RunAudit(const storage::Database &database, const sync::Clock &clock)
    : m_database(database)
    , m_clock(clock) {}

bool RunAudit::record(sync::Transaction &transaction, qint64 runId, const QString &step, qint64 prospectId,
                      const sync::OutboxOperation *operation, const QString &outcome, const QString &detail,
                      QString *error) {
    QSqlQuery q(transaction.connection());
    return storage::exec(
        q,
        QStringLiteral(
            "INSERT INTO autopilot_run_items (run_id, step, prospect_id, outbox_id, service, kind, "
            "idempotency_key, outcome, detail, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {runId, step, prospectId, nullableId(operation ? operation->id : 0),
         operation ? operation->service : QString(), operation ? operation->kind : QString(),
         operation ? operation->idempotencyKey : QString(), outcome, detail, m_clock.nowMs()},
        error);
}

bool RunAudit::handled(qint64 runId, const QString &step, QSet<qint64> *out, QString *error) const {
    return readIds(
        m_database,
        QStringLiteral("SELECT prospect_id FROM autopilot_run_items WHERE run_id = ? AND step = ?"), runId,
        step, out, error);
}

bool RunAudit::unsettled(qint64 runId, const QString &step, QList<qint64> *out, QString *error) const {
    return readIds(
        m_database,
        QStringLiteral("SELECT o.id FROM autopilot_run_items i JOIN outbox o ON o.id = i.outbox_id "
                       "WHERE i.run_id = ? AND i.step = ? AND o.state IN "
                       "('queued','in_flight','unknown') ORDER BY o.id"),
        runId, step, out, error);
}

bool RunAudit::succeeded(qint64 runId, const QString &step, QSet<qint64> *out, QString *error) const {
    return readIds(
        m_database,
        QStringLiteral("SELECT i.prospect_id FROM autopilot_run_items i JOIN outbox o ON "
                       "o.id = i.outbox_id WHERE i.run_id = ? AND i.step = ? AND o.state = 'done'"),
        runId, step, out, error);
}

bool RunAudit::counts(qint64 runId, const QString &step, StepCounts *out, QString *error) const {
    QSqlQuery q(m_database.connection());
    if (!storage::exec(q,
                       QStringLiteral("SELECT i.outcome, i.detail, coalesce(o.state, ''), count(*) "
                                      "FROM autopilot_run_items i LEFT JOIN outbox o ON o.id = i.outbox_id "
                                      "WHERE i.run_id = ? AND i.step = ? GROUP BY 1, 2, 3"),
                       {runId, step}, error))
        return false;
    *out = StepCounts{};
    while (q.next()) {
        const QString outcome = q.value(0).toString();
        const QString state = q.value(2).toString();
        const int n = q.value(3).toInt();
        if (outcome == QLatin1String("skipped")) {
            out->skipped[q.value(1).toString()] += n;
        } else if (outcome == QLatin1String("cache_hit")) {
            out->cacheHits += n;
        } else if (outcome == QLatin1String("already_present")) {
            out->alreadyPresent += n;
        } else if (state == QLatin1String("done")) {
            out->done += n;
        } else if (state == QLatin1String("dead")) {
            out->dead += n;
        }
    }
    return true;
}

bool RunAudit::entries(qint64 runId, bool writesOnly, QList<AuditEntry> *out, QString *error) const {
    QSqlQuery q(m_database.connection());
    const QString filter =
        writesOnly ? QStringLiteral(" AND i.outcome IN %1").arg(kWriteOutcomes) : QString();
    const QVariantList values{runId};
    if (!storage::exec(
            q,
            QStringLiteral(
                "SELECT i.run_id, i.step, i.prospect_id, trim(coalesce(p.first_name, '') || ' ' || "
                "coalesce(p.last_name, '')), coalesce(i.outbox_id, 0), i.service, i.kind, i.idempotency_key, "
                "i.outcome, i.detail, CASE WHEN i.service = '' THEN '' ELSE coalesce(o.state, 'discarded') "
                "END, "
                "coalesce(o.result_json, ''), coalesce(o.last_error, ''), i.created_at, "
                "coalesce(o.updated_at, 0) "
                "FROM autopilot_run_items i LEFT JOIN outbox o ON o.id = i.outbox_id "
                "LEFT JOIN prospects p ON p.id = i.prospect_id WHERE i.run_id = ?%1 ORDER BY i.id")
                .arg(filter),
            values, error))
        return false;
    out->clear();
    while (q.next()) {
        AuditEntry e;
        e.runId = q.value(0).toLongLong();
        e.step = q.value(1).toString();
        e.prospectId = q.value(2).toLongLong();
        e.prospectName = q.value(3).toString();
        e.operationId = q.value(4).toLongLong();
        e.service = q.value(5).toString();
        e.kind = q.value(6).toString();
        e.idempotencyKey = q.value(7).toString();
        e.outcome = q.value(8).toString();
        e.detail = q.value(9).toString();
        e.state = q.value(10).toString();
        e.result = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
        e.lastError = q.value(12).toString();
        e.recordedAt = q.value(13).toLongLong();
        e.updatedAt = q.value(14).toLongLong();
        out->append(e);
    }
    return true;
}

bool RunAudit::runOf(qint64 operationId, qint64 *runId, QString *error) const {
    QSqlQuery q(m_database.connection());
    if (!storage::exec(
            q,
            QStringLiteral("SELECT run_id FROM autopilot_run_items WHERE outbox_id = ? AND outcome IN %1 "
                           "ORDER BY id DESC LIMIT 1")
                .arg(kWriteOutcomes),
            {operationId}, error))
        return false;
    *runId = q.next() ? q.value(0).toLongLong() : 0;
    return true;
}

} // namespace prospector::autopilot

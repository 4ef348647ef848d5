#include "autopilot/autopilotrunrepository.h"

#include "storage/database.h"
#include "storage/sqlerror.h"
#include "sync/clock.h"
#include "sync/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace prospector::autopilot {

namespace {

QString toJsonText(const QJsonDocument &doc) {
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

RunReport reportFromRow(const QSqlQuery &q) {
    RunReport r;
    r.id = q.value(0).toLongLong();
    r.startedAt = q.value(1).toLongLong();
    r.finishedAt = q.value(2).toLongLong();
    r.status = q.value(3).toString();
    r.dryRun = q.value(4).toInt() != 0;
    r.selected = q.value(5).toInt();
    r.synced = q.value(6).toInt();
    r.enrolled = q.value(7).toInt();
    const QJsonObject skipped = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    for (auto it = skipped.begin(); it != skipped.end(); ++it)
        r.skippedByReason.insert(it.key(), it.value().toInt());
    for (const QJsonValue &e : QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array())
        r.errors.append(e.toString());
    return r;
}

} // namespace

AutopilotRunRepository::AutopilotRunRepository(const storage::Database &database, const sync::Clock &clock,
                                               qint64 staleAfterMs)
    : m_database(database)
    , m_clock(clock)
    , m_staleAfterMs(staleAfterMs) {}

AutopilotRunRepository::Acquire AutopilotRunRepository::begin(bool dryRun, const QString &owner,
                                                              qint64 *runId, qint64 *abandonedRunId,
                                                              QString *error) {
    *abandonedRunId = 0;
    const qint64 now = m_clock.nowMs();
    // BEGIN IMMEDIATE: two processes cannot both see "no lock" and both insert.
    sync::Transaction tx(m_database.connection());
    if (!tx.isActive()) {
        *error = tx.error();
        return Acquire::Error;
    }
    QSqlQuery q(tx.connection());
    if (!storage::exec(q,
                       QStringLiteral("SELECT id, heartbeat_at FROM autopilot_runs WHERE status = 'running'"),
                       {}, error))
        return Acquire::Error;
    if (q.next()) {
        const qint64 heldBy = q.value(0).toLongLong();
        if (q.value(1).toLongLong() > now - m_staleAfterMs)
            return Acquire::Busy;
        QSqlQuery takeOver(tx.connection());
        const QString why = QCoreApplication::translate("Autopilot", "The run stopped without finishing.");
        if (!storage::exec(takeOver,
                           QStringLiteral("UPDATE autopilot_runs SET status = 'abandoned', finished_at = ?, "
                                          "errors_json = ? WHERE id = ?"),
                           {now, toJsonText(QJsonDocument(QJsonArray{why})), heldBy}, error))
            return Acquire::Error;
        *abandonedRunId = heldBy;
    }
    QSqlQuery insert(tx.connection());
    if (!storage::exec(
            insert,
            QStringLiteral("INSERT INTO autopilot_runs (started_at, heartbeat_at, owner, status, dry_run) "
                           "VALUES (?, ?, ?, 'running', ?)"),
            {now, now, owner, dryRun ? 1 : 0}, error))
        return Acquire::Error;
    *runId = insert.lastInsertId().toLongLong();
    if (!tx.commit()) {
        *error = tx.error();
        return Acquire::Error;
    }
    return Acquire::Acquired;
}

bool AutopilotRunRepository::heartbeat(qint64 runId, QString *error) {
    QSqlQuery q(m_database.connection());
    if (!storage::exec(
            q,
            QStringLiteral("UPDATE autopilot_runs SET heartbeat_at = ? WHERE id = ? AND status = 'running'"),
            {m_clock.nowMs(), runId}, error))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = QCoreApplication::translate("Autopilot", "This run no longer holds the autopilot lock.");
        return false;
    }
    return true;
}

bool AutopilotRunRepository::finish(const RunReport &report, QString *error) {
    if (report.status == runstatus::running || report.status == runstatus::abandoned ||
        report.status.isEmpty()) {
        *error = QCoreApplication::translate("Autopilot", "A finished run needs a final status.");
        return false;
    }
    QJsonObject skipped;
    for (auto it = report.skippedByReason.cbegin(); it != report.skippedByReason.cend(); ++it)
        skipped.insert(it.key(), it.value());
    QSqlQuery q(m_database.connection());
    if (!storage::exec(
            q,
            QStringLiteral("UPDATE autopilot_runs SET status = ?, finished_at = ?, selected = ?, synced = ?, "
                           "enrolled = ?, skipped_json = ?, errors_json = ? "
                           "WHERE id = ? AND status = 'running'"),
            {report.status, m_clock.nowMs(), report.selected, report.synced, report.enrolled,
             toJsonText(QJsonDocument(skipped)),
             toJsonText(QJsonDocument(QJsonArray::fromStringList(report.errors))), report.id},
            error))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = QCoreApplication::translate("Autopilot", "This run no longer holds the autopilot lock.");
        return false;
    }
    return true;
}

bool AutopilotRunRepository::recent(int limit, QList<RunReport> *out, QString *error) const {
    QSqlQuery q(m_database.connection());
    if (!storage::exec(
            q,
            QStringLiteral("SELECT id, started_at, coalesce(finished_at, 0), status, dry_run, selected, "
                           "synced, enrolled, skipped_json, errors_json FROM autopilot_runs "
                           "ORDER BY started_at DESC, id DESC LIMIT ?"),
            {limit}, error))
        return false;
    out->clear();
    while (q.next())
        out->append(reportFromRow(q));
    return true;
}

bool AutopilotRunRepository::lastRealRunStartedAt(qint64 *startedAt, QString *error) const {
    QSqlQuery q(m_database.connection());
    if (!storage::exec(
            q, QStringLiteral("SELECT coalesce(max(started_at), 0) FROM autopilot_runs WHERE dry_run = 0"),
            {}, error))
        return false;
    *startedAt = q.next() ? q.value(0).toLongLong() : 0;
    return true;
}

} // namespace prospector::autopilot

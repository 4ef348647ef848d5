#include "autopilot/autopilotrunrepository.h"

#include "storage/database.h"
#include "storage/sqlerror.h"
#include "sync/clock.h"
#include "sync/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace prospector::autopilot {

namespace {

const QString kReportColumns = QStringLiteral(
    "id, started_at, coalesce(finished_at, 0), status, dry_run, origin, step, selected, enriched, "
    "cache_hits, rescored, synced, enrolled, replies, credits_used, skipped_json, errors_json, "
    "stop_reason, approval_summary");

const QString kStateColumns =
    QStringLiteral("id, status, owner, origin, started_at, step, selection_json, steps_json");

QString toJsonText(const QJsonDocument &doc) {
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QString skippedJson(const RunReport &report) {
    QJsonObject skipped;
    for (auto it = report.skippedByReason.cbegin(); it != report.skippedByReason.cend(); ++it)
        skipped.insert(it.key(), it.value());
    return toJsonText(QJsonDocument(skipped));
}

QString errorsJson(const RunReport &report) {
    return toJsonText(QJsonDocument(QJsonArray::fromStringList(report.errors)));
}

RunReport reportFromRow(const QSqlQuery &q) {
    RunReport r;
    r.id = q.value(0).toLongLong();
    r.startedAt = q.value(1).toLongLong();
    r.finishedAt = q.value(2).toLongLong();
    r.status = q.value(3).toString();
    r.dryRun = q.value(4).toInt() != 0;
    r.origin = q.value(5).toString();
    r.step = q.value(6).toString();
    r.selected = q.value(7).toInt();
    r.enriched = q.value(8).toInt();
    r.cacheHits = q.value(9).toInt();
    r.rescored = q.value(10).toInt();
    r.synced = q.value(11).toInt();
    r.enrolled = q.value(12).toInt();
    r.replies = q.value(13).toInt();
    r.creditsUsed = q.value(14).toLongLong();
    const QJsonObject skipped = QJsonDocument::fromJson(q.value(15).toString().toUtf8()).object();
    for (auto it = skipped.begin(); it != skipped.end(); ++it)
        r.skippedByReason.insert(it.key(), it.value().toInt());
    for (const QJsonValue &e : QJsonDocument::fromJson(q.value(16).toString().toUtf8()).array())
        r.errors.append(e.toString());
    r.stopReason = q.value(17).toString();
    r.approvalSummary = q.value(18).toString();
    return r;
}

RunState stateFromRow(const QSqlQuery &q) {
    RunState s;
    s.id = q.value(0).toLongLong();
    s.status = q.value(1).toString();
    s.owner = q.value(2).toString();
    s.origin = q.value(3).toString();
    s.startedAt = q.value(4).toLongLong();
    s.step = q.value(5).toString();
    s.hasSelection = !q.value(6).isNull();
    for (const QJsonValue &id : QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array())
        s.selection.append(id.toInteger());
    s.steps = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    return s;
}

QString lostLock() {
    return QCoreApplication::translate("Autopilot", "This run is no longer executed by this process.");
}

} // namespace

AutopilotRunRepository::AutopilotRunRepository(const storage::Database &database, const sync::Clock &clock)
    : m_database(database)
    , m_clock(clock) {}

bool AutopilotRunRepository::openRun(std::optional<RunState> *out, QString *error) const {
    QSqlQuery q(m_database.connection());
    if (!storage::exec(q,
                       QStringLiteral("SELECT %1 FROM autopilot_runs WHERE status IN "
                                      "('running','awaiting_approval','paused') ORDER BY id LIMIT 1")
                           .arg(kStateColumns),
                       {}, error))
        return false;
    *out = q.next() ? std::optional<RunState>(stateFromRow(q)) : std::nullopt;
    return true;
}

bool AutopilotRunRepository::load(qint64 runId, RunState *out, QString *error) const {
    QSqlQuery q(m_database.connection());
    if (!storage::exec(q, QStringLiteral("SELECT %1 FROM autopilot_runs WHERE id = ?").arg(kStateColumns),
                       {runId}, error))
        return false;
    if (!q.next()) {
        *error = QCoreApplication::translate("Autopilot", "There is no autopilot run %1.").arg(runId);
        return false;
    }
    *out = stateFromRow(q);
    return true;
}

AutopilotRunRepository::Acquire AutopilotRunRepository::begin(const QString &origin, const QString &owner,
                                                              qint64 *runId, QString *error) {
    const qint64 now = m_clock.nowMs();
    // BEGIN IMMEDIATE: two processes cannot both see "nothing open" and both insert.
    sync::Transaction tx(m_database.connection());
    if (!tx.isActive()) {
        *error = tx.error();
        return Acquire::Error;
    }
    QSqlQuery q(tx.connection());
    if (!storage::exec(q,
                       QStringLiteral("SELECT count(*) FROM autopilot_runs WHERE status IN "
                                      "('running','awaiting_approval','paused')"),
                       {}, error) ||
        !q.next())
        return Acquire::Error;
    if (q.value(0).toInt() > 0)
        return Acquire::Busy;
    QSqlQuery insert(tx.connection());
    if (!storage::exec(insert,
                       QStringLiteral("INSERT INTO autopilot_runs (started_at, heartbeat_at, owner, status, "
                                      "dry_run, origin, step) VALUES (?, ?, ?, 'running', 0, ?, 'select')"),
                       {now, now, owner, origin}, error))
        return Acquire::Error;
    *runId = insert.lastInsertId().toLongLong();
    if (!tx.commit()) {
        *error = tx.error();
        return Acquire::Error;
    }
    return Acquire::Acquired;
}

bool AutopilotRunRepository::takeOver(qint64 runId, const QString &fromStatus, const QString &owner,
                                      QString *error) {
    QSqlQuery q(m_database.connection());
    if (!storage::exec(
            q,
            QStringLiteral("UPDATE autopilot_runs SET status = 'running', owner = ?, heartbeat_at = ?, "
                           "finished_at = NULL, approval_summary = '' WHERE id = ? AND status = ?"),
            {owner, m_clock.nowMs(), runId, fromStatus}, error))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = QCoreApplication::translate("Autopilot", "Run %1 cannot be continued: it is no longer %2.")
                     .arg(runId)
                     .arg(fromStatus);
        return false;
    }
    return true;
}

bool AutopilotRunRepository::heartbeat(qint64 runId, const QString &owner, QString *error) {
    QSqlQuery q(m_database.connection());
    if (!storage::exec(q,
                       QStringLiteral("UPDATE autopilot_runs SET heartbeat_at = ? WHERE id = ? AND "
                                      "status = 'running' AND owner = ?"),
                       {m_clock.nowMs(), runId, owner}, error))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = lostLock();
        return false;
    }
    return true;
}

bool AutopilotRunRepository::saveProgress(const RunState &state, QString *error) {
    QJsonArray selection;
    for (qint64 id : state.selection)
        selection.append(id);
    QSqlQuery q(m_database.connection());
    if (!storage::exec(
            q,
            QStringLiteral(
                "UPDATE autopilot_runs SET step = ?, steps_json = ?, selection_json = ?, "
                "selected = ?, heartbeat_at = ? WHERE id = ? AND status = 'running' AND owner = ?"),
            {state.step, toJsonText(QJsonDocument(state.steps)),
             state.hasSelection ? QVariant(toJsonText(QJsonDocument(selection)))
                                : QVariant(QMetaType(QMetaType::QString)),
             int(state.selection.size()), m_clock.nowMs(), state.id, state.owner},
            error))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = lostLock();
        return false;
    }
    return true;
}

bool AutopilotRunRepository::leave(const RunReport &report, const QString &owner, QString *error) {
    if (report.status == runstatus::running || report.status == runstatus::abandoned ||
        report.status.isEmpty()) {
        *error =
            QCoreApplication::translate("Autopilot", "A run can only leave 'running' for another state.");
        return false;
    }
    const bool over = !runstatus::isOpen(report.status);
    QSqlQuery q(m_database.connection());
    if (!storage::exec(
            q,
            QStringLiteral(
                "UPDATE autopilot_runs SET status = ?, finished_at = ?, selected = ?, enriched = ?, "
                "cache_hits = ?, rescored = ?, synced = ?, enrolled = ?, replies = ?, "
                "credits_used = ?, skipped_json = ?, errors_json = ?, stop_reason = ?, "
                "approval_summary = ? WHERE id = ? AND status = 'running' AND owner = ?"),
            {report.status, over ? QVariant(m_clock.nowMs()) : QVariant(QMetaType(QMetaType::LongLong)),
             report.selected, report.enriched, report.cacheHits, report.rescored, report.synced,
             report.enrolled, report.replies, report.creditsUsed, skippedJson(report), errorsJson(report),
             report.stopReason, report.approvalSummary, report.id, owner},
            error))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = lostLock();
        return false;
    }
    return true;
}

bool AutopilotRunRepository::reject(qint64 runId, const QString &reason, QString *error) {
    QSqlQuery q(m_database.connection());
    if (!storage::exec(q,
                       QStringLiteral("UPDATE autopilot_runs SET status = 'rejected', finished_at = ?, "
                                      "stop_reason = ? WHERE id = ? AND status = 'awaiting_approval'"),
                       {m_clock.nowMs(), reason, runId}, error))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = QCoreApplication::translate("Autopilot", "Run %1 is not waiting for approval.").arg(runId);
        return false;
    }
    return true;
}

bool AutopilotRunRepository::recordDryRun(RunReport *report, QString *error) {
    QSqlQuery q(m_database.connection());
    if (!storage::exec(
            q,
            QStringLiteral(
                "INSERT INTO autopilot_runs (started_at, finished_at, heartbeat_at, owner, status, "
                "dry_run, origin, step, selected, enriched, cache_hits, rescored, synced, enrolled, "
                "replies, credits_used, skipped_json, errors_json, stop_reason, approval_summary) "
                "VALUES (?, ?, ?, 'dry-run', ?, 1, ?, 'done', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {report->startedAt, report->finishedAt, report->finishedAt, report->status,
             report->origin.isEmpty() ? runorigin::manual : report->origin, report->selected,
             report->enriched, report->cacheHits, report->rescored, report->synced, report->enrolled,
             report->replies, report->creditsUsed, skippedJson(*report), errorsJson(*report),
             report->stopReason, report->approvalSummary},
            error))
        return false;
    report->id = q.lastInsertId().toLongLong();
    return true;
}

bool AutopilotRunRepository::recent(int limit, QList<RunReport> *out, QString *error) const {
    QSqlQuery q(m_database.connection());
    if (!storage::exec(
            q,
            QStringLiteral("SELECT %1 FROM autopilot_runs ORDER BY started_at DESC, id DESC LIMIT ?")
                .arg(kReportColumns),
            {limit}, error))
        return false;
    out->clear();
    while (q.next())
        out->append(reportFromRow(q));
    return true;
}

bool AutopilotRunRepository::report(qint64 runId, RunReport *out, QString *error) const {
    QSqlQuery q(m_database.connection());
    if (!storage::exec(q, QStringLiteral("SELECT %1 FROM autopilot_runs WHERE id = ?").arg(kReportColumns),
                       {runId}, error))
        return false;
    if (!q.next()) {
        *error = QCoreApplication::translate("Autopilot", "There is no autopilot run %1.").arg(runId);
        return false;
    }
    *out = reportFromRow(q);
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

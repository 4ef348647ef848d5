#pragma once

#include "autopilot/runreport.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace prospector::storage {
class Database;
}
namespace prospector::sync {
class Clock;
}

namespace prospector::autopilot {

// Where an open run stands, persisted so another process can continue it.
struct RunState {
    qint64 id = 0;
    QString status;
    QString owner;
    QString origin;
    qint64 startedAt = 0;
    QString step; // the step to do next (RunStep names)
    bool hasSelection = false;
    QList<qint64> selection; // prospect ids frozen by the select step
    QJsonObject steps;       // per-step plans, skips, stop reasons, approvals (RunExecutor's)
};

// Run history in autopilot_runs, which is also the persisted single-run rule: at most one run
// is open (running, awaiting approval or paused). Whether the process executing a 'running' run
// is alive is the RunLock's business; callers hold it before begin() or takeOver(). Every update
// of an executing run names its owner, so a process whose run was taken over cannot write to it.
class AutopilotRunRepository {
public:
    AutopilotRunRepository(const storage::Database &database, const sync::Clock &clock);

    // The run that is not over, if any (nullopt when none).
    bool openRun(std::optional<RunState> *out, QString *error) const;
    bool load(qint64 runId, RunState *out, QString *error) const;

    enum class Acquire { Acquired, Busy, Error };
    // Inserts a running row for a new real run; Busy when a run is open.
    Acquire begin(const QString &origin, const QString &owner, qint64 *runId, QString *error);
    // Continues an open run in this process: `fromStatus` -> running, owned by `owner`.
    // False when the run is not in `fromStatus` any more (someone else decided or took it).
    bool takeOver(qint64 runId, const QString &fromStatus, const QString &owner, QString *error);

    bool heartbeat(qint64 runId, const QString &owner, QString *error);
    // Progress of an executing run: the next step, the step plans and, once, the selection.
    bool saveProgress(const RunState &state, QString *error);

    // Leaves 'running' for `report.status` (awaiting approval, paused or a final status) with the
    // report's counters. Fails when this owner no longer executes the run.
    bool leave(const RunReport &report, const QString &owner, QString *error);
    // A run waiting for approval that the rep rejected: it ends as rejected.
    bool reject(qint64 runId, const QString &reason, QString *error);
    // A finished dry run's report (dry runs write nothing else and hold no open row).
    bool recordDryRun(RunReport *report, QString *error);

    // Newest first.
    bool recent(int limit, QList<RunReport> *out, QString *error) const;
    bool report(qint64 runId, RunReport *out, QString *error) const;
    // Start of the latest real (not dry) run, 0 when none: the scheduler's reference point.
    bool lastRealRunStartedAt(qint64 *startedAt, QString *error) const;

private:
    const storage::Database &m_database;
    const sync::Clock &m_clock;
};

} // namespace prospector::autopilot

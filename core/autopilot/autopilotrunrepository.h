#pragma once

#include "autopilot/runreport.h"

#include <QList>

namespace prospector::storage {
class Database;
}
namespace prospector::sync {
class Clock;
}

namespace prospector::autopilot {

// Run history in autopilot_runs. A row in state 'running' is the persisted single-run lock
// (a unique partial index allows only one). The running process refreshes its heartbeat; a lock
// whose heartbeat is older than `staleAfterMs` belongs to a crashed process and is taken over.
class AutopilotRunRepository {
public:
    static constexpr qint64 kDefaultStaleAfterMs = 10 * 60 * 1000;

    AutopilotRunRepository(const storage::Database &database, const sync::Clock &clock,
                           qint64 staleAfterMs = kDefaultStaleAfterMs);

    enum class Acquire { Acquired, Busy, Error };
    // Inserts a running row when no live run holds the lock. `abandonedRunId` receives the id of
    // a stale run that was taken over (0 when none).
    Acquire begin(bool dryRun, const QString &owner, qint64 *runId, qint64 *abandonedRunId, QString *error);
    bool heartbeat(qint64 runId, QString *error);
    // Stores the report and releases the lock. Fails when this run no longer holds it.
    bool finish(const RunReport &report, QString *error);

    // Newest first.
    bool recent(int limit, QList<RunReport> *out, QString *error) const;
    // Start of the latest real (not dry) run, 0 when none: the scheduler's reference point.
    bool lastRealRunStartedAt(qint64 *startedAt, QString *error) const;

private:
    const storage::Database &m_database;
    const sync::Clock &m_clock;
    qint64 m_staleAfterMs;
};

} // namespace prospector::autopilot

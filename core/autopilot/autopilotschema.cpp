#include "autopilot/autopilotschema.h"

namespace prospector::autopilot {

// Timestamps are Unix epoch milliseconds (UTC). References nothing from schemas 2-5, so the
// parallel areas' migrations apply in any order.
storage::Migration autopilotSchemaMigration() {
    storage::Migration m;
    m.version = 6;
    m.description = QStringLiteral("autopilot run history and single-run lock");
    m.statements = {
        QStringLiteral(R"(CREATE TABLE autopilot_runs (
            id INTEGER PRIMARY KEY,
            started_at INTEGER NOT NULL,
            finished_at INTEGER,
            heartbeat_at INTEGER NOT NULL,
            owner TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN
                ('running','succeeded','failed','awaiting_approval','abandoned')),
            dry_run INTEGER NOT NULL DEFAULT 0 CHECK (dry_run IN (0,1)),
            selected INTEGER NOT NULL DEFAULT 0,
            synced INTEGER NOT NULL DEFAULT 0,
            enrolled INTEGER NOT NULL DEFAULT 0,
            skipped_json TEXT NOT NULL DEFAULT '{}',
            errors_json TEXT NOT NULL DEFAULT '[]'
        ))"),
        // The lock: at most one row can be running, whatever the number of processes.
        QStringLiteral("CREATE UNIQUE INDEX autopilot_runs_single_running ON autopilot_runs(status) "
                       "WHERE status = 'running'"),
        QStringLiteral("CREATE INDEX autopilot_runs_started ON autopilot_runs(started_at DESC, id DESC)"),
    };
    return m;
}

} // namespace prospector::autopilot

#include "autopilot/autopilotrunsschema.h"

namespace prospector::autopilot {

// SQLite cannot change a CHECK constraint in place, so autopilot_runs is rebuilt inside the
// migration's transaction (a failure leaves the old table). Runs of schema 6 were dry runs or
// finished; a row still 'running' there belonged to a process that is gone, so it is abandoned.
storage::Migration autopilotRunsMigration() {
    storage::Migration m;
    m.version = 15;
    m.description =
        QStringLiteral("autopilot: resumable runs, full reports, audit links, prospect time zone");
    m.statements = {
        QStringLiteral(R"(CREATE TABLE autopilot_runs_v15 (
            id INTEGER PRIMARY KEY,
            started_at INTEGER NOT NULL,
            finished_at INTEGER,
            heartbeat_at INTEGER NOT NULL,
            owner TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('running','succeeded','failed','awaiting_approval',
                'rejected','paused','abandoned')),
            dry_run INTEGER NOT NULL DEFAULT 0 CHECK (dry_run IN (0,1)),
            origin TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual','schedule','catch_up')),
            step TEXT NOT NULL DEFAULT 'select',
            selection_json TEXT,
            steps_json TEXT NOT NULL DEFAULT '{}',
            approval_summary TEXT NOT NULL DEFAULT '',
            stop_reason TEXT NOT NULL DEFAULT '',
            selected INTEGER NOT NULL DEFAULT 0,
            enriched INTEGER NOT NULL DEFAULT 0,
            cache_hits INTEGER NOT NULL DEFAULT 0,
            rescored INTEGER NOT NULL DEFAULT 0,
            synced INTEGER NOT NULL DEFAULT 0,
            enrolled INTEGER NOT NULL DEFAULT 0,
            replies INTEGER NOT NULL DEFAULT 0,
            credits_used INTEGER NOT NULL DEFAULT 0,
            skipped_json TEXT NOT NULL DEFAULT '{}',
            errors_json TEXT NOT NULL DEFAULT '[]'
        ))"),
        QStringLiteral(R"(INSERT INTO autopilot_runs_v15 (id, started_at, finished_at, heartbeat_at, owner,
                status, dry_run, step, selected, synced, enrolled, skipped_json, errors_json)
            SELECT id, started_at,
                CASE WHEN status = 'running' THEN heartbeat_at ELSE finished_at END,
                heartbeat_at, owner,
                CASE WHEN status = 'running' THEN 'abandoned' ELSE status END,
                dry_run, 'done', selected, synced, enrolled, skipped_json, errors_json
            FROM autopilot_runs)"),
        QStringLiteral("DROP TABLE autopilot_runs"),
        QStringLiteral("ALTER TABLE autopilot_runs_v15 RENAME TO autopilot_runs"),
        // The lock row: at most one run is executing, whatever the number of processes. A run
        // waiting for approval or stopped by the kill switch is "open" too; the service allows
        // one open run at a time in code (a partial index cannot express "one of three states").
        QStringLiteral("CREATE UNIQUE INDEX autopilot_runs_single_running ON autopilot_runs(status) "
                       "WHERE status = 'running'"),
        QStringLiteral("CREATE INDEX autopilot_runs_started ON autopilot_runs(started_at DESC, id DESC)"),
        QStringLiteral("CREATE INDEX autopilot_runs_open ON autopilot_runs(status) "
                       "WHERE status IN ('running','awaiting_approval','paused')"),
        // What a run did per prospect and step: the outbox operation it queued (the audit trail of
        // external writes), or why it queued none. Also the resume point: a prospect with a row
        // here is never queued again by the same run. prospect_id and the key are copied, not
        // referenced, so the trail survives a deleted prospect or a discarded dead letter.
        QStringLiteral(R"(CREATE TABLE autopilot_run_items (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES autopilot_runs(id) ON DELETE CASCADE,
            step TEXT NOT NULL CHECK (step IN ('enrich','sync','enroll')),
            prospect_id INTEGER NOT NULL,
            outbox_id INTEGER REFERENCES outbox(id) ON DELETE SET NULL,
            service TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT '',
            idempotency_key TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL CHECK (outcome IN
                ('queued','refreshed','follow_up','already_present','cache_hit','skipped')),
            detail TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            UNIQUE (run_id, step, prospect_id)
        ))"),
        QStringLiteral("CREATE INDEX autopilot_run_items_outbox ON autopilot_run_items(outbox_id) "
                       "WHERE outbox_id IS NOT NULL"),
        // IANA zone of the prospect when known (NULL otherwise): business hours are judged in it.
        QStringLiteral("ALTER TABLE prospects ADD COLUMN time_zone TEXT"),
        // Imports before this column kept a "Timezone" / "Time zone" / "TZ" column as a custom
        // field (lemlist exports have one); lift it. The value is validated where it is used.
        QStringLiteral(R"(UPDATE prospects SET time_zone = (
                SELECT trim(value) FROM json_each(prospects.custom_fields)
                WHERE type = 'text' AND trim(value) != '' AND
                      lower(replace(replace(replace(key, ' ', ''), '_', ''), '-', '')) IN ('timezone', 'tz')
                LIMIT 1)
            WHERE custom_fields != '{}' AND json_valid(custom_fields))"),
    };
    return m;
}

} // namespace prospector::autopilot

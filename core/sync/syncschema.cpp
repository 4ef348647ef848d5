#include "sync/syncschema.h"

namespace prospector::sync {

// Timestamps are Unix epoch milliseconds (UTC), like schema 1. Nothing here references columns
// added by schemas 2-4, so the migrations of the parallel areas apply in any order.
storage::Migration syncSchemaMigration() {
    storage::Migration m;
    m.version = 5;
    m.description = QStringLiteral("sync outbox, enrichment cache, credits, cursors, suppression");
    m.statements = {
        // One row per external write. The idempotency key is the identity of the *effect*
        // (hubspot:upsert:<email>, lemlist:enroll:<campaign>:<email>, explorium:enrich:<email>), so
        // asking twice for the same effect can never queue it twice. needs_reconcile = 1 means an
        // earlier send may have reached the service: the remote state must be read before any resend.
        QStringLiteral(R"(CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            service TEXT NOT NULL CHECK (service IN ('hubspot','lemlist','explorium')),
            kind TEXT NOT NULL,
            idempotency_key TEXT NOT NULL UNIQUE,
            prospect_id INTEGER REFERENCES prospects(id) ON DELETE SET NULL,
            payload_json TEXT NOT NULL DEFAULT '{}',
            followup_payload_json TEXT,
            state TEXT NOT NULL DEFAULT 'queued'
                CHECK (state IN ('queued','in_flight','unknown','done','dead')),
            needs_reconcile INTEGER NOT NULL DEFAULT 0 CHECK (needs_reconcile IN (0,1)),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at INTEGER NOT NULL,
            claim_token TEXT,
            claimed_at INTEGER,
            last_error TEXT NOT NULL DEFAULT '',
            failure_kind TEXT NOT NULL DEFAULT '',
            result_json TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX outbox_due ON outbox(service, state, next_attempt_at, id)"),
        QStringLiteral("CREATE INDEX outbox_state ON outbox(state, updated_at)"),
        QStringLiteral("CREATE INDEX outbox_prospect ON outbox(prospect_id) WHERE prospect_id IS NOT NULL"),
        QStringLiteral(R"(CREATE VIEW outbox_dead_letters AS
            SELECT id, service, kind, idempotency_key, prospect_id, payload_json, attempts,
                   failure_kind, last_error, needs_reconcile, created_at, updated_at AS failed_at
            FROM outbox WHERE state = 'dead')"),
        // Keyed by the normalized email ("email:<address>") or domain ("domain:<host>").
        QStringLiteral(R"(CREATE TABLE enrichment_cache (
            cache_key TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('prospect','company')),
            data_json TEXT NOT NULL,
            quality_score INTEGER,
            fetched_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX enrichment_cache_expires ON enrichment_cache(expires_at)"),
        // Every credit-consuming call, so the budget is a sum and the spend can be audited.
        QStringLiteral(R"(CREATE TABLE credit_ledger (
            id INTEGER PRIMARY KEY,
            service TEXT NOT NULL,
            operation TEXT NOT NULL,
            credits INTEGER NOT NULL CHECK (credits >= 0),
            records INTEGER NOT NULL DEFAULT 0,
            outbox_id INTEGER REFERENCES outbox(id) ON DELETE SET NULL,
            reference TEXT NOT NULL DEFAULT '',
            occurred_at INTEGER NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX credit_ledger_time ON credit_ledger(service, occurred_at)"),
        // Polling positions, e.g. "lemlist:activities" -> newest activity seen.
        QStringLiteral(R"(CREATE TABLE sync_cursors (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_at INTEGER NOT NULL
        ) WITHOUT ROWID)"),
        // Addresses that must never be enrolled again, whatever their prospect row says.
        QStringLiteral(R"(CREATE TABLE suppression (
            email TEXT PRIMARY KEY,
            reason TEXT NOT NULL
                CHECK (reason IN ('opt_out','unsubscribed','bounced','do_not_contact','manual')),
            source TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL
        ) WITHOUT ROWID)"),
    };
    return m;
}

} // namespace prospector::sync

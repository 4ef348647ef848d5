#include "sync/enrichmentschema.h"

namespace prospector::sync {

// Only tables of schema 1 (prospects) and 5 (outbox) are referenced, so this applies after any
// of the parallel areas' migrations.
storage::Migration enrichmentSchemaMigration() {
    storage::Migration m;
    m.version = 12;
    m.description = QStringLiteral("enrichment results and paid-call log");
    m.statements = {
        // The last finished enrichment of a prospect, found or not. data_json is the contact
        // information as received; filled_json names the prospect fields it filled (it never
        // overwrites); quality_json is the data-quality breakdown behind prospects.quality_score.
        QStringLiteral(R"(CREATE TABLE prospect_enrichment (
            prospect_id INTEGER PRIMARY KEY REFERENCES prospects(id) ON DELETE CASCADE,
            status TEXT NOT NULL CHECK (status IN ('enriched','no_match')),
            source TEXT NOT NULL CHECK (source IN ('explorium','cache')),
            explorium_id TEXT,
            data_json TEXT NOT NULL DEFAULT '{}',
            filled_json TEXT NOT NULL DEFAULT '[]',
            quality_json TEXT NOT NULL DEFAULT '{}',
            enriched_at INTEGER NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX prospect_enrichment_time ON prospect_enrichment(enriched_at)"),
        // One row per paid call (bulk enrich) from just before it is sent until every operation it
        // covered is settled. baseline_credits_used is Explorium's credits_used read right before
        // sending (NULL when it could not be read); outcome records what a lost answer cost.
        QStringLiteral(R"(CREATE TABLE enrichment_calls (
            id TEXT PRIMARY KEY,
            endpoint TEXT NOT NULL CHECK (endpoint IN ('contacts','firmographics')),
            records INTEGER NOT NULL,
            estimated_credits INTEGER NOT NULL CHECK (estimated_credits >= 0),
            baseline_credits_used INTEGER,
            sent_at INTEGER NOT NULL,
            outcome TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending','charged','not_charged'))
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE enrichment_call_ops (
            outbox_id INTEGER PRIMARY KEY REFERENCES outbox(id) ON DELETE CASCADE,
            call_id TEXT NOT NULL REFERENCES enrichment_calls(id) ON DELETE CASCADE
        ))"),
        QStringLiteral("CREATE INDEX enrichment_call_ops_call ON enrichment_call_ops(call_id)"),
    };
    return m;
}

} // namespace prospector::sync

#include "sync/hubspotschema.h"

namespace prospector::sync {

// Timestamps are Unix epoch milliseconds (UTC). Only schema 5 (outbox) and schema 1 (prospects)
// are referenced, so this applies after any of the parallel areas' migrations.
storage::Migration hubspotSchemaMigration() {
    storage::Migration m;
    m.version = 13;
    m.description = QStringLiteral("HubSpot companies, associations, last-synced values and conflicts");
    m.statements = {
        // The idempotency key of an operation that must settle (done or dead) before this one may
        // be claimed: a contact waits for its company, so it is created already associated.
        QStringLiteral("ALTER TABLE outbox ADD COLUMN depends_on TEXT"),
        // Drains claim one kind of one service: the due work of a kind without walking the others'.
        QStringLiteral("CREATE INDEX outbox_kind_due ON outbox(service, kind, state, next_attempt_at, id)"),
        // One row per prospect known to HubSpot. baseline_json holds, per synced property, the
        // value both sides agreed on after the last sync: the reference that tells who changed a
        // property since (see HubSpotConflictRule). associated_domain is the company domain the
        // contact is associated with in HubSpot.
        QStringLiteral(R"(CREATE TABLE hubspot_contacts (
            prospect_id INTEGER PRIMARY KEY REFERENCES prospects(id) ON DELETE CASCADE,
            hubspot_id TEXT NOT NULL,
            record_url TEXT NOT NULL DEFAULT '',
            baseline_json TEXT NOT NULL DEFAULT '{}',
            associated_domain TEXT,
            synced_at INTEGER NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX hubspot_contacts_domain ON hubspot_contacts(associated_domain)"),
        // HubSpot has no unique company domain; this is the one record Prospector uses per domain.
        QStringLiteral(R"(CREATE TABLE hubspot_companies (
            domain TEXT PRIMARY KEY,
            hubspot_id TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            record_url TEXT NOT NULL DEFAULT '',
            created_by_us INTEGER NOT NULL DEFAULT 0 CHECK (created_by_us IN (0,1)),
            synced_at INTEGER NOT NULL
        ) WITHOUT ROWID)"),
        // A property both the rep (locally) and someone in HubSpot changed since the last sync:
        // HubSpot's value won and replaced the local one, which is kept here.
        QStringLiteral(R"(CREATE TABLE hubspot_conflicts (
            id INTEGER PRIMARY KEY,
            prospect_id INTEGER NOT NULL REFERENCES prospects(id) ON DELETE CASCADE,
            property TEXT NOT NULL,
            field TEXT NOT NULL,
            base_value TEXT NOT NULL DEFAULT '',
            local_value TEXT NOT NULL DEFAULT '',
            hubspot_value TEXT NOT NULL DEFAULT '',
            detected_at INTEGER NOT NULL,
            dismissed_at INTEGER
        ))"),
        QStringLiteral(
            "CREATE INDEX hubspot_conflicts_prospect ON hubspot_conflicts(prospect_id, detected_at)"),
    };
    return m;
}

} // namespace prospector::sync

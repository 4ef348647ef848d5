#include "storage/schema.h"

#include "autopilot/autopilotrunsschema.h"
#include "autopilot/autopilotschema.h"
#include "review/noteundoschema.h"
#include "review/searchprefixschema.h"
#include "review/viewcountsschema.h"
#include "storage/deferredschema.h"
#include "storage/migrator.h"
#include "sync/enrichmentschema.h"
#include "sync/hubspotschema.h"
#include "sync/syncschema.h"
#include "sync/syncstateschema.h"

namespace prospector::storage {

QStringList pipelineStages() {
    return {QStringLiteral("new"),     QStringLiteral("enriched"), QStringLiteral("qualified"),
            QStringLiteral("synced"),  QStringLiteral("enrolled"), QStringLiteral("replied"),
            QStringLiteral("meeting"), QStringLiteral("won"),      QStringLiteral("lost")};
}

namespace {

// Schema 1: the local copy of a rep's prospects. Timestamps are Unix epoch milliseconds (UTC).
// Identity columns (email, linkedin_url, name_key) hold normalized values so that de-duplication
// is an index lookup; they are NULL, never '', when unknown so the partial unique indexes work.
Migration schema1() {
    Migration m;
    m.version = 1;
    m.description = QStringLiteral("initial schema");
    m.statements = {
        QStringLiteral(R"(CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            file_path TEXT NOT NULL DEFAULT '',
            file_size INTEGER NOT NULL DEFAULT 0,
            encoding TEXT NOT NULL DEFAULT '',
            delimiter TEXT NOT NULL DEFAULT '',
            mapping_name TEXT NOT NULL DEFAULT '',
            mapping_json TEXT NOT NULL DEFAULT '{}',
            policy TEXT NOT NULL DEFAULT 'fill' CHECK (policy IN ('skip','fill','overwrite')),
            status TEXT NOT NULL DEFAULT 'running'
                CHECK (status IN ('running','completed','cancelled','failed','undone')),
            rows_total INTEGER NOT NULL DEFAULT 0,
            created_count INTEGER NOT NULL DEFAULT 0,
            updated_count INTEGER NOT NULL DEFAULT 0,
            duplicate_count INTEGER NOT NULL DEFAULT 0,
            rejected_count INTEGER NOT NULL DEFAULT 0,
            error_report TEXT NOT NULL DEFAULT '',
            error_message TEXT NOT NULL DEFAULT '',
            started_at INTEGER NOT NULL,
            finished_at INTEGER
        ))"),
        QStringLiteral(R"(CREATE TABLE companies (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            domain TEXT,
            website TEXT NOT NULL DEFAULT '',
            industry TEXT NOT NULL DEFAULT '',
            size TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            hubspot_id TEXT,
            enrichment_json TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        ))"),
        QStringLiteral("CREATE UNIQUE INDEX companies_domain ON companies(domain) WHERE domain IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE prospects (
            id INTEGER PRIMARY KEY,
            first_name TEXT NOT NULL DEFAULT '',
            last_name TEXT NOT NULL DEFAULT '',
            email TEXT,
            linkedin_url TEXT,
            name_key TEXT,
            title TEXT NOT NULL DEFAULT '',
            company_name TEXT NOT NULL DEFAULT '',
            company_domain TEXT,
            company_id INTEGER REFERENCES companies(id) ON DELETE SET NULL,
            website TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            phone_key TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            region TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            industry TEXT NOT NULL DEFAULT '',
            company_size TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            custom_fields TEXT NOT NULL DEFAULT '{}',
            stage TEXT NOT NULL DEFAULT 'new' CHECK (stage IN
                ('new','enriched','qualified','synced','enrolled','replied','meeting','won','lost')),
            score INTEGER,
            score_reasons TEXT NOT NULL DEFAULT '[]',
            tier TEXT CHECK (tier IS NULL OR tier IN ('hot','warm','cold')),
            tier_override TEXT CHECK (tier_override IS NULL OR tier_override IN ('hot','warm','cold')),
            quality_score INTEGER,
            archived INTEGER NOT NULL DEFAULT 0,
            unsubscribed INTEGER NOT NULL DEFAULT 0,
            bounced INTEGER NOT NULL DEFAULT 0,
            do_not_contact INTEGER NOT NULL DEFAULT 0,
            sync_state TEXT NOT NULL DEFAULT 'local',
            hubspot_id TEXT,
            lemlist_lead_id TEXT,
            import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        ))"),
        QStringLiteral("CREATE UNIQUE INDEX prospects_email ON prospects(email) WHERE email IS NOT NULL"),
        QStringLiteral("CREATE UNIQUE INDEX prospects_linkedin ON prospects(linkedin_url) WHERE linkedin_url "
                       "IS NOT NULL"),
        QStringLiteral("CREATE INDEX prospects_name_key ON prospects(name_key) WHERE name_key IS NOT NULL"),
        QStringLiteral("CREATE INDEX prospects_stage ON prospects(stage, id)"),
        QStringLiteral("CREATE INDEX prospects_tier ON prospects(tier, id)"),
        QStringLiteral("CREATE INDEX prospects_score ON prospects(score, id)"),
        QStringLiteral("CREATE INDEX prospects_import ON prospects(import_id)"),
        QStringLiteral("CREATE INDEX prospects_company ON prospects(company_id)"),
        QStringLiteral("CREATE INDEX prospects_updated ON prospects(updated_at, id)"),
        QStringLiteral("CREATE INDEX prospects_last_name ON prospects(last_name COLLATE NOCASE, id)"),
        QStringLiteral("CREATE INDEX prospects_country ON prospects(country, id)"),
        QStringLiteral("CREATE INDEX prospects_sync_state ON prospects(sync_state, id)"),
        QStringLiteral(R"(CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            color TEXT NOT NULL DEFAULT ''
        ))"),
        QStringLiteral(R"(CREATE TABLE prospect_tags (
            prospect_id INTEGER NOT NULL REFERENCES prospects(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (prospect_id, tag_id)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX prospect_tags_tag ON prospect_tags(tag_id, prospect_id)"),
        QStringLiteral(R"(CREATE TABLE activities (
            id INTEGER PRIMARY KEY,
            prospect_id INTEGER NOT NULL REFERENCES prospects(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            payload_json TEXT NOT NULL DEFAULT '{}',
            external_id TEXT,
            occurred_at INTEGER NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX activities_prospect ON activities(prospect_id, occurred_at DESC)"),
        QStringLiteral("CREATE INDEX activities_kind ON activities(kind, occurred_at)"),
        QStringLiteral("CREATE UNIQUE INDEX activities_external ON activities(external_id) WHERE external_id "
                       "IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            prospect_id INTEGER NOT NULL REFERENCES prospects(id) ON DELETE CASCADE,
            body TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX notes_prospect ON notes(prospect_id, created_at)"),
        // What an import changed on prospects that already existed, so Undo can restore it.
        QStringLiteral(R"(CREATE TABLE import_changes (
            import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
            prospect_id INTEGER NOT NULL REFERENCES prospects(id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT,
            PRIMARY KEY (import_id, prospect_id, field)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX import_changes_prospect ON import_changes(prospect_id)"),
        QStringLiteral(R"(CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_at INTEGER NOT NULL
        ) WITHOUT ROWID)"),
        // Full-text index for the review screen: prefix search on name, email, company, title and notes.
        QStringLiteral(R"(CREATE VIRTUAL TABLE prospect_search USING fts5(
            name, email, company, title, notes,
            tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
        ))"),
        QStringLiteral(R"(CREATE TRIGGER prospects_search_insert AFTER INSERT ON prospects BEGIN
            INSERT INTO prospect_search(rowid, name, email, company, title, notes)
            VALUES (new.id, new.first_name || ' ' || new.last_name, coalesce(new.email, ''),
                    new.company_name, new.title, '');
        END)"),
        QStringLiteral(R"(CREATE TRIGGER prospects_search_update
            AFTER UPDATE OF first_name, last_name, email, company_name, title ON prospects BEGIN
            UPDATE prospect_search SET name = new.first_name || ' ' || new.last_name,
                email = coalesce(new.email, ''), company = new.company_name, title = new.title
            WHERE rowid = new.id;
        END)"),
        QStringLiteral(R"(CREATE TRIGGER prospects_search_delete AFTER DELETE ON prospects BEGIN
            DELETE FROM prospect_search WHERE rowid = old.id;
        END)"),
        QStringLiteral(R"(CREATE TRIGGER notes_search_insert AFTER INSERT ON notes BEGIN
            UPDATE prospect_search SET notes =
                (SELECT coalesce(group_concat(body, ' '), '') FROM notes WHERE prospect_id = new.prospect_id)
            WHERE rowid = new.prospect_id;
        END)"),
        QStringLiteral(R"(CREATE TRIGGER notes_search_update AFTER UPDATE OF body ON notes BEGIN
            UPDATE prospect_search SET notes =
                (SELECT coalesce(group_concat(body, ' '), '') FROM notes WHERE prospect_id = new.prospect_id)
            WHERE rowid = new.prospect_id;
        END)"),
        QStringLiteral(R"(CREATE TRIGGER notes_search_delete AFTER DELETE ON notes BEGIN
            UPDATE prospect_search SET notes =
                (SELECT coalesce(group_concat(body, ' '), '') FROM notes WHERE prospect_id = old.prospect_id)
            WHERE rowid = old.prospect_id;
        END)"),
    };
    return m;
}

// Schema 2 (import): column mappings the rep saved by name.
Migration schema2() {
    Migration m;
    m.version = 2;
    m.description = QStringLiteral("saved import mappings");
    m.statements = {
        QStringLiteral(R"(CREATE TABLE import_mappings (
            name TEXT PRIMARY KEY COLLATE NOCASE,
            mapping_json TEXT NOT NULL,
            updated_at INTEGER NOT NULL
        ) WITHOUT ROWID)"),
    };
    return m;
}

// Schema 3 (review): saved views, the undo log, and indexes for the prospects view. The sort
// indexes use exactly the expressions of review::SortKey::sqlExpression() so SQLite walks them
// instead of sorting; (archived, ...) indexes make the default counts covering scans.
Migration schema3() {
    Migration m;
    m.version = 3;
    m.description = QStringLiteral("review: saved views, undo log, view indexes");
    m.statements = {
        QStringLiteral(R"(CREATE TABLE saved_views (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            search TEXT NOT NULL DEFAULT '',
            filters_json TEXT NOT NULL DEFAULT '{}',
            sort_json TEXT NOT NULL DEFAULT '[]',
            position INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        ))"),
        // Snapshots live in tables undo_<id>_*, created and dropped by review::UndoStack.
        QStringLiteral(R"(CREATE TABLE undo_actions (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('columns','tags','delete')),
            label TEXT NOT NULL,
            columns TEXT NOT NULL DEFAULT '',
            tag_id INTEGER,
            first_activity_id INTEGER,
            last_activity_id INTEGER,
            created_at INTEGER NOT NULL
        ))"),
        QStringLiteral("CREATE INDEX prospects_company_sort ON prospects(company_name COLLATE NOCASE, id)"),
        QStringLiteral("CREATE INDEX prospects_title_sort ON prospects(title COLLATE NOCASE, id)"),
        QStringLiteral("CREATE INDEX prospects_email_sort ON prospects(coalesce(email, ''), id)"),
        QStringLiteral("CREATE INDEX prospects_score_sort ON prospects(coalesce(score, -1), id)"),
        QStringLiteral("CREATE INDEX prospects_created ON prospects(created_at, id)"),
        QStringLiteral(R"(CREATE INDEX prospects_stage_sort ON prospects(CASE stage WHEN 'new' THEN 0
            WHEN 'enriched' THEN 1 WHEN 'qualified' THEN 2 WHEN 'synced' THEN 3 WHEN 'enrolled' THEN 4
            WHEN 'replied' THEN 5 WHEN 'meeting' THEN 6 WHEN 'won' THEN 7 ELSE 8 END, id))"),
        QStringLiteral(R"(CREATE INDEX prospects_tier_sort ON prospects(CASE coalesce(tier_override, tier)
            WHEN 'hot' THEN 3 WHEN 'warm' THEN 2 WHEN 'cold' THEN 1 ELSE 0 END, id))"),
        // "Hottest first": tier, then score, as one index walk.
        QStringLiteral(
            R"(CREATE INDEX prospects_tier_score_sort ON prospects(CASE coalesce(tier_override, tier)
            WHEN 'hot' THEN 3 WHEN 'warm' THEN 2 WHEN 'cold' THEN 1 ELSE 0 END, coalesce(score, -1), id))"),
        QStringLiteral("CREATE INDEX prospects_archived_stage ON prospects(archived, stage)"),
        QStringLiteral("CREATE INDEX prospects_archived_tier ON prospects(archived, coalesce(tier_override, "
                       "tier, 'none'))"),
        QStringLiteral("CREATE INDEX prospects_source ON prospects(source, id)"),
    };
    return m;
}

} // namespace

// Later schemas append here. Version numbers are reserved per area to keep parallel work apart:
// 2 import, 3 review, 4 integrations, 5 sync, 6 autopilot, 11 review (note undo), 12 enrichment,
// 13 HubSpot companies/conflicts, 14 sync state, 15 autopilot (runs and audit), 17 import (bulk
// load), 18 review (view counts), 19 review (search prefixes).
QList<Migration> schemaMigrations() {
    return {schema1(),
            schema2(),
            schema3(),
            sync::syncSchemaMigration(),
            autopilot::autopilotSchemaMigration(),
            review::noteUndoSchemaMigration(),
            sync::enrichmentSchemaMigration(),
            sync::hubspotSchemaMigration(),
            sync::syncStateSchemaMigration(),
            autopilot::autopilotRunsMigration(),
            storage::deferredSchemaMigration(),
            review::viewCountsSchemaMigration(),
            review::searchPrefixSchemaMigration()};
}

} // namespace prospector::storage

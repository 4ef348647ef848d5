#include "review/viewcountsschema.h"

namespace prospector::review {
namespace {

// The effective tier as the view filters it (review::QuerySql): the override wins, NULL is 'none'.
QString effectiveTier(const char *row) {
    return QStringLiteral("coalesce(%1.tier_override, %1.tier, 'none')").arg(QLatin1String(row));
}

QString increment(const char *row) {
    return QStringLiteral("INSERT INTO prospect_counts (archived, stage, tier, n) VALUES (%1.archived, "
                          "%1.stage, %2, 1) ON CONFLICT (archived, stage, tier) DO UPDATE SET n = n + 1;")
        .arg(QLatin1String(row), effectiveTier(row));
}

QString decrement(const char *row) {
    return QStringLiteral("UPDATE prospect_counts SET n = n - 1 WHERE archived = %1.archived AND stage = "
                          "%1.stage AND tier = %2;")
        .arg(QLatin1String(row), effectiveTier(row));
}

} // namespace

QStringList rebuildViewCountsStatements() {
    return {
        QStringLiteral("DELETE FROM prospect_counts"),
        QStringLiteral("INSERT INTO prospect_counts (archived, stage, tier, n) SELECT archived, stage, "
                       "coalesce(tier_override, tier, 'none'), count(*) FROM prospects GROUP BY 1, 2, 3"),
    };
}

// Triggers rather than the write paths: imports, undo, bulk actions, inline edits, rescoring and
// the sync engine all change these columns, and a trigger cannot be forgotten by the next one.
// An update that leaves the three values alone (most edits) costs one WHEN test.
storage::Migration viewCountsSchemaMigration() {
    storage::Migration m;
    m.version = 18;
    m.description = QStringLiteral("review: prospect counts kept by triggers, fewer indexes");
    m.statements = {
        QStringLiteral(R"(CREATE TABLE prospect_counts (
            archived INTEGER NOT NULL,
            stage TEXT NOT NULL,
            tier TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (archived, stage, tier)
        ) WITHOUT ROWID)"),
        QStringLiteral("CREATE TRIGGER prospect_counts_insert AFTER INSERT ON prospects BEGIN %1 END")
            .arg(increment("new")),
        QStringLiteral("CREATE TRIGGER prospect_counts_delete AFTER DELETE ON prospects BEGIN %1 END")
            .arg(decrement("old")),
        QStringLiteral("CREATE TRIGGER prospect_counts_update AFTER UPDATE OF archived, stage, tier, "
                       "tier_override ON prospects WHEN old.archived IS NOT new.archived OR old.stage IS NOT "
                       "new.stage OR %1 IS NOT %2 BEGIN %3 %4 END")
            .arg(effectiveTier("old"), effectiveTier("new"), decrement("old"), increment("new")),
        // Every index on prospects is paid for by each import, edit and delete (a 100,000-row
        // delete touches each of them 100,000 times). Only the unfiltered counts scanned these
        // two; the counts table answers them now. IF EXISTS, and their records in deferred_schema
        // go too: a bulk import interrupted before this upgrade left them set aside, and the
        // start-up repair must not bring them back.
        QStringLiteral("DROP INDEX IF EXISTS prospects_archived_stage"),
        QStringLiteral("DROP INDEX IF EXISTS prospects_archived_tier"),
        // The view filters the effective tier (override first), which this index cannot serve.
        QStringLiteral("DROP INDEX IF EXISTS prospects_tier"),
        // Score ranges are written on coalesce(score, -1) and use prospects_score_sort.
        QStringLiteral("DROP INDEX IF EXISTS prospects_score"),
        QStringLiteral(
            "DELETE FROM deferred_schema WHERE kind = 'index' AND name IN ('prospects_archived_stage', "
            "'prospects_archived_tier', 'prospects_tier', 'prospects_score')"),
        // Deleting a prospect cascades to its notes before its own search row is removed; the old
        // trigger re-indexed that doomed row once per note. Same body, skipped for a deleted prospect.
        QStringLiteral("DROP TRIGGER notes_search_delete"),
        QStringLiteral(R"(CREATE TRIGGER notes_search_delete AFTER DELETE ON notes
            WHEN EXISTS (SELECT 1 FROM prospects WHERE id = old.prospect_id) BEGIN
            UPDATE prospect_search SET notes =
                (SELECT coalesce(group_concat(body, ' '), '') FROM notes WHERE prospect_id = old.prospect_id)
            WHERE rowid = old.prospect_id;
        END)"),
    };
    m.statements << rebuildViewCountsStatements();
    return m;
}

} // namespace prospector::review

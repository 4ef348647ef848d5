#pragma once

#include "storage/migrator.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <functional>
#include <optional>

namespace prospector::storage {

// Schema objects a bulk load set aside, with what it takes to put them back.
//
// Why: building an index once from sorted keys (CREATE INDEX) costs a fraction of keeping it up to
// date row by row while a million rows arrive at random key positions, and FTS5 indexes a million
// rows in one statement for less than half of what it costs in batches (every statement boundary
// flushes its pending terms into a new segment that must be merged again). So a bulk load drops
// the indexes of a table and the AFTER INSERT trigger that fills the search index, in one
// committed transaction that records each definition exactly as sqlite_master had it, loads in
// batches, and then rebuilds: the indexes with CREATE INDEX, the trigger's work for every row
// stored since (a backfill), then the trigger itself. Batches commit separately, so a process
// killed in between leaves them missing: whoever opens the database next rebuilds them from the
// recorded definitions (never from copies written by hand, so what other areas add, change or
// remove is followed). Every step is idempotent and runs in one transaction with forgetting it, so
// two processes rebuilding at once do each step once.
class DeferredSchema {
public:
    enum class Kind { Index, Trigger, Statement };
    struct Pending {
        QString name;
        Kind kind = Kind::Index;
        QString table;
        QString sql;
        qint64 afterId = 0;  // Trigger: rows above this rowid were stored while it was away
        qint64 importId = 0; // the import that deferred it
        bool unique = false; // Index: a UNIQUE one (it can meet duplicates)
    };
    enum class Outcome { Restored, AlreadyThere, Duplicates, Error };
    // Rows a trigger's backfill handles per transaction: large, because FTS5 pays for every
    // statement boundary; bounded, so a kill loses little and other writers get a turn.
    static constexpr qint64 kBackfillChunk = 250'000;
    using Progress = std::function<void(int done, int total)>;

    explicit DeferredSchema(QSqlDatabase db, qint64 backfillChunk = kBackfillChunk);

    // Each runs in the caller's transaction, so a drop and its record commit together.
    // Records and drops every index of `table` that has a definition (automatic indexes of
    // UNIQUE/PRIMARY KEY constraints cannot be dropped and stay). `names` gets what was dropped.
    bool deferIndexes(const QString &table, qint64 importId, QStringList *names, QString *error);
    // Records and drops an AFTER INSERT trigger whose body is one INSERT ... VALUES (...) over
    // `new` (the shape whose work can be replayed as one INSERT ... SELECT); its work is done at
    // restore time for every row of its table above `afterId` (the largest rowid now).
    // `deferred` says whether it was (not when there is no such trigger, or it has another shape:
    // then it stays and keeps working row by row).
    bool deferTrigger(const QString &name, qint64 afterId, qint64 importId, bool *deferred, QString *error);
    // Records one statement to run after the indexes and triggers are back (e.g. replaying what a
    // trigger on another table could not do while the trigger was away), in name order.
    bool recordStatement(const QString &name, const QString &table, const QString &sql, qint64 importId,
                         QString *error);

    // What is waiting, in restore order: UNIQUE indexes (they can meet duplicates, better known
    // early), other indexes, triggers, statements. Empty when nothing is, or the schema predates it.
    std::optional<QList<Pending>> pending(QString *error) const;

    // Restores one step and forgets it, in one transaction. Duplicates: a UNIQUE index met two
    // rows with the same key; nothing changed and the index stays recorded.
    Outcome restore(const Pending &step, QString *error);

    // Restores every step it can; indexes that meet duplicates stay recorded and are listed in
    // `blocked`. False on any other error. `stop` (optional) ends it between two steps (the rest
    // stay recorded for later).
    bool restoreAll(const Progress &progress, QList<Pending> *blocked, QString *error,
                    const std::atomic_bool *stop = nullptr);

private:
    bool record(const QString &name, Kind kind, const QString &table, const QString &sql, qint64 afterId,
                qint64 importId, QString *error);
    bool backfill(const Pending &trigger, qint64 from, qint64 to, QString *error);

    QSqlDatabase m_db;
    qint64 m_backfillChunk;
};

// Schema 17 (import): the table behind DeferredSchema.
Migration deferredSchemaMigration();

} // namespace prospector::storage

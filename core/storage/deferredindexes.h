#pragma once

#include "storage/migrator.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <functional>
#include <optional>

namespace prospector::storage {

// Indexes dropped for a bulk load, with the definitions to rebuild them from.
//
// Why: building an index once from sorted keys (CREATE INDEX) costs a fraction of keeping it up to
// date row by row while a million rows arrive at random key positions. A bulk import drops the
// indexes of a table in one committed transaction, recording each definition exactly as
// sqlite_master had it, loads in batches, and then rebuilds them. Batches commit separately, so a
// process killed in between leaves the indexes missing: whoever opens the database next rebuilds
// them from the recorded definitions (never from copies written by hand, so indexes that other
// areas add, change or remove are followed). Rebuilding is idempotent and safe when two
// processes do it at once (each index is rebuilt and forgotten in one transaction).
class DeferredIndexes {
public:
    struct Pending {
        QString name;
        QString table;
        QString sql;
        qint64 importId = 0; // the import that deferred it
        bool unique = false;
    };
    enum class Outcome { Restored, AlreadyThere, Duplicates, Error };
    using Progress = std::function<void(int done, int total)>;

    explicit DeferredIndexes(QSqlDatabase db);

    // Records and drops every index of `table` that has a definition (automatic indexes of
    // UNIQUE/PRIMARY KEY constraints cannot be dropped and stay). Runs in the caller's
    // transaction, so the drop and its record commit together. `names` gets what was dropped.
    bool defer(const QString &table, qint64 importId, QStringList *names, QString *error);

    // What is waiting to be rebuilt (an empty list when nothing is, or the schema predates it).
    std::optional<QList<Pending>> pending(QString *error) const;

    // Rebuilds one index and forgets it, in one transaction. Duplicates: a UNIQUE index met two
    // rows with the same key; nothing changed and the index stays recorded.
    Outcome restore(const Pending &index, QString *error);

    // Rebuilds every recorded index it can; those that meet duplicates stay recorded and are
    // listed in `blocked`. False on any other error. `stop` (optional) ends it between two indexes
    // (the rest stay recorded for later).
    bool restoreAll(const Progress &progress, QList<Pending> *blocked, QString *error,
                    const std::atomic_bool *stop = nullptr);

private:
    QSqlDatabase m_db;
};

// Schema 17 (import): the table behind DeferredIndexes.
Migration deferredIndexesMigration();

} // namespace prospector::storage

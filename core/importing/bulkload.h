#pragma once

#include "storage/deferredschema.h"

#include <QSqlDatabase>
#include <QString>

namespace prospector::importing {

// The bulk path of a large import: the prospects table's indexes are dropped (and their
// definitions recorded, storage::DeferredSchema) before the load, duplicates are found through
// an in-memory identity index instead, and the indexes are rebuilt with sorted builds at the end.
// Measured on 1M rows (bench/RESULTS.md): maintaining 23 indexes row by row costs several times
// what rebuilding them does.
//
// Guarantees: every batch still commits with its counts; a cancel or a failure rebuilds the
// indexes before the import returns; a kill leaves them recorded and the next start (or import)
// rebuilds them — finish() is that repair too, for whatever any import left. While the unique
// identity indexes are away, a concurrent writer can store an email the import also stores:
// finish() merges the import's copy into the other prospect (IdentityConflicts) before the unique
// index comes back.
class BulkLoad {
public:
    // Below this many rows the ceremony costs more than it saves.
    static constexpr qint64 kMinRows = 20'000;
    // The in-memory identity index holds ~3 keys per prospect at 8 bytes each (plus slack); above
    // this the memory budget wins and the import maintains the indexes row by row instead.
    static constexpr qint64 kMaxProspects = 2'500'000;

    // Whether adding about `rows` prospects to a table of `existing` (largest id `maxId`) is
    // cheaper with the indexes rebuilt afterwards: rebuilding costs in proportion to the whole
    // table, row-by-row maintenance to the new rows, and measured, the break-even is when the
    // import adds about half of what is there.
    static bool worthIt(qint64 rows, qint64 existing, qint64 maxId);

    using Progress = storage::DeferredSchema::Progress;

    explicit BulkLoad(QSqlDatabase db);

    // Records and drops the indexes of the prospects table, committed.
    bool begin(qint64 importId, QString *error);
    // Rebuilds every deferred index (this import's and any a killed import left), settling
    // duplicate identities first when a UNIQUE index meets them. `importId`: the import finishing
    // (0 for a repair at start-up), whose prospects may be merged away.
    // `stop` (optional) ends a repair between two indexes; the rest wait for the next one.
    bool finish(qint64 importId, const Progress &progress, QString *error,
                const std::atomic_bool *stop = nullptr);
    // Whether any index is waiting to be rebuilt.
    bool pending(QString *error, bool *any);

private:
    bool deferSearchIndex(storage::DeferredSchema &deferred, qint64 importId, QString *error);

    QSqlDatabase m_db;
};

} // namespace prospector::importing

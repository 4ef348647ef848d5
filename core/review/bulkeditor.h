#pragma once

#include "review/bulktarget.h"

#include <QString>

namespace prospector::storage {
class Database;
}

namespace prospector::review {

class UndoStack;

// Bulk actions of the prospects view. Each runs as a few set-based statements in one IMMEDIATE
// transaction: collect the target ids, snapshot for undo, change, and add one timeline entry per
// prospect. Safe to call from a worker thread (uses that thread's connection); for 100,000 rows
// it takes a fraction of a second, so the UI may still prefer to run it off the UI thread.
class BulkEditor {
public:
    BulkEditor(const storage::Database &database, UndoStack &undo);

    BulkResult addTag(const BulkTarget &target, const QString &tag, const BulkControl &control = {});
    BulkResult removeTag(const BulkTarget &target, const QString &tag, const BulkControl &control = {});
    BulkResult setStage(const BulkTarget &target, const QString &stage, const BulkControl &control = {});
    // `tier` "hot" / "warm" / "cold", or empty to clear the override (the computed tier shows again).
    BulkResult setTierOverride(const BulkTarget &target, const QString &tier,
                               const BulkControl &control = {});
    BulkResult setArchived(const BulkTarget &target, bool archived, const BulkControl &control = {});
    // Deletes the prospects with their notes, tags and timeline; undo brings all of it back.
    BulkResult remove(const BulkTarget &target, const BulkControl &control = {});

    // Rows per chunk of the change (progress and cancel points).
    static constexpr int kChunkRows = 5000;

private:
    struct Change;
    BulkResult run(const BulkTarget &target, const Change &change, const BulkControl &control);
    // Runs the change over the ids table `ids` in chunks; false with result.error or .cancelled.
    bool applyInChunks(const QString &ids, const QString &statement, const QVariantList &values,
                       const BulkControl &control, BulkResult *result);

    const storage::Database &m_database;
    UndoStack &m_undo;
};

} // namespace prospector::review

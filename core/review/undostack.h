#pragma once

#include "review/bulktarget.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace prospector::storage {
class Database;
}

namespace prospector::review {

// Undo for bulk actions and edits. Each action stores, before it changes anything and in the
// same transaction, a snapshot of exactly what it will change in tables `undo_<id>_*`
// (column values, tag rows, or whole deleted rows with their dependants); undo restores it with
// a few set-based statements in one transaction, so 100,000 rows undo in well under a second.
// The list of actions lives in `undo_actions` (schema 3), so it survives a restart; only the
// newest `depth` actions are kept.
//
// Used by BulkEditor and ProspectEditor (which record) and the UI (which undoes). Call it from
// one thread at a time; it works on the calling thread's connection.
class UndoStack : public QObject {
    Q_OBJECT

public:
    explicit UndoStack(const storage::Database &database, int depth = 20, QObject *parent = nullptr);

    bool canUndo() const;
    // Translated label of the action undo() would revert ("Set stage to qualified on 1,204 prospects").
    QString undoLabel() const;
    qint64 topActionId() const;
    int count() const;

    // Reverts the newest action. Returns false (error set, nothing changed) on failure. The rows of
    // a large action come back in chunks, with `control`'s progress and cancel between them (a
    // cancelled undo restores nothing and stays on the stack).
    bool undo(QString *error = nullptr, const BulkControl &control = {});
    // Drops every recorded action and its snapshots.
    bool clear(QString *error = nullptr);

    // ---- for recorders (BulkEditor, ProspectEditor); run inside their open transaction ----
    enum class Kind { Columns, Tags, Delete, Notes };
    // Creates the action row and returns its id (0 on error).
    qint64 beginAction(Kind kind, const QString &label, QString *error);
    bool setLabel(qint64 actionId, const QString &label, QString *error);
    // Name of a snapshot table of the action ("undo_<id>_<suffix>"); dropped with the action.
    static QString tableName(qint64 actionId, const QString &suffix);
    // Snapshots `columns` of the prospects listed in `idsTable` (column names are our constants).
    bool snapshotColumns(qint64 actionId, const QString &idsTable, const QStringList &columns,
                         QString *error);
    // Snapshots which prospects in `idsTable` carry tag `tagId`. `tagCreated`: the action created
    // the tag, so undo deletes it again.
    bool snapshotTags(qint64 actionId, const QString &idsTable, qint64 tagId, bool tagCreated,
                      QString *error);
    // Snapshots the prospects in `idsTable` and every row that references them (found through the
    // schema's foreign keys, so tables added by later migrations are covered too).
    bool snapshotRowsForDelete(qint64 actionId, const QString &idsTable, QString *error);
    // Snapshots the notes `changedNoteIds` as they are now (call before changing or deleting them)
    // and remembers `createdNoteIds` (call after adding them): undo deletes both sets and puts the
    // snapshot back.
    bool snapshotNotes(qint64 actionId, const QList<qint64> &changedNoteIds,
                       const QList<qint64> &createdNoteIds, QString *error);
    // Remembers the activities (timeline entries) the action added, so undo removes them.
    bool setActivityRange(qint64 actionId, qint64 firstId, qint64 lastId, QString *error);
    // Call after the recorder's transaction committed; trims old actions and emits changed().
    void actionCommitted();

Q_SIGNALS:
    void changed();

private:
    bool dropSnapshots(qint64 actionId, QString *error);
    bool trim(QString *error);

    const storage::Database &m_database;
    int m_depth;
};

} // namespace prospector::review

#pragma once

#include "review/bulktarget.h"

#include <QString>

namespace prospector::storage {
class Database;
}

namespace prospector::review {

class UndoStack;

// Adds, edits and deletes a prospect's notes. Each change, its timeline entry and its undo step
// are written in one transaction, so Ctrl+Z brings back exactly the note as it was (and removes
// the timeline entry), like every other edit of the review screen.
class NoteEditor {
public:
    NoteEditor(const storage::Database &database, UndoStack &undo);

    // `undoActionId` of the result is the undo step; an empty (whitespace) body is refused.
    BulkResult add(qint64 prospectId, const QString &body);
    BulkResult update(qint64 noteId, const QString &body);
    BulkResult remove(qint64 noteId);

private:
    enum class Change { Add, Update, Remove };
    BulkResult apply(Change change, qint64 prospectOrNoteId, const QString &body);

    const storage::Database &m_database;
    UndoStack &m_undo;
};

} // namespace prospector::review

#pragma once

#include "review/bulktarget.h"

#include <QMap>
#include <QString>
#include <QVariantMap>

namespace prospector::storage {
class Database;
}

namespace prospector::review {

class UndoStack;

// Inline edit of one prospect from the detail pane: validates every field, writes the changes in
// one transaction with an "edited" timeline entry (old and new values), and records an undo step.
class ProspectEditor {
public:
    ProspectEditor(const storage::Database &database, UndoStack &undo);

    // `changes` maps field names of FieldValidator::editableFields() to new values. Nothing is
    // written when any field is invalid: `fieldErrors` then maps each bad field to its message.
    BulkResult edit(qint64 prospectId, const QVariantMap &changes,
                    QMap<QString, QString> *fieldErrors = nullptr);

private:
    const storage::Database &m_database;
    UndoStack &m_undo;
};

} // namespace prospector::review

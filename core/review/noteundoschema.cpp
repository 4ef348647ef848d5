#include "review/noteundoschema.h"

namespace prospector::review {

// SQLite cannot change a CHECK constraint in place: the table is rebuilt (inside the migration's
// transaction, so a failure leaves the old one) and the recorded actions are carried over.
storage::Migration noteUndoSchemaMigration() {
    storage::Migration m;
    m.version = 11;
    m.description = QStringLiteral("undoable note edits");
    m.statements = {
        QStringLiteral(R"(CREATE TABLE undo_actions_v11 (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('columns','tags','delete','notes')),
            label TEXT NOT NULL,
            columns TEXT NOT NULL DEFAULT '',
            tag_id INTEGER,
            first_activity_id INTEGER,
            last_activity_id INTEGER,
            created_at INTEGER NOT NULL
        ))"),
        QStringLiteral(
            "INSERT INTO undo_actions_v11 SELECT id, kind, label, columns, tag_id, first_activity_id, "
            "last_activity_id, created_at FROM undo_actions"),
        QStringLiteral("DROP TABLE undo_actions"),
        QStringLiteral("ALTER TABLE undo_actions_v11 RENAME TO undo_actions"),
    };
    return m;
}

} // namespace prospector::review

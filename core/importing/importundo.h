#pragma once

#include <QString>

namespace prospector::storage {
class Database;
}

namespace prospector::importing {

// "Undo import": deletes the prospects an import created and restores the fields it changed on
// prospects that already existed, in one transaction. A field the rep edited after the import
// (no longer holding the imported value) is left alone. The import record becomes "undone".
class ImportUndo {
public:
    explicit ImportUndo(const storage::Database &database);

    struct Result {
        bool ok = false;
        QString error; // translated
        qint64 removed = 0;
        qint64 restored = 0;
    };
    Result undo(qint64 importId);

private:
    const storage::Database &m_database;
};

} // namespace prospector::importing

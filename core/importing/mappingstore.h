#pragma once

#include "importing/columnmapping.h"

#include <QStringList>
#include <optional>

namespace prospector::storage {
class Database;
}

namespace prospector::importing {

// Column mappings the rep saved by name (schema 2 table `import_mappings`), so next month's
// export from the same tool maps itself. Names are case-insensitive and cannot shadow a preset.
class MappingStore {
public:
    explicit MappingStore(const storage::Database &database);

    bool save(const QString &name, const ColumnMapping &mapping, QString *error);
    // nullopt when there is none by that name, or on a read error (then `error` is set).
    std::optional<ColumnMapping> load(const QString &name, QString *error = nullptr) const;
    QStringList names(QString *error = nullptr) const;
    bool remove(const QString &name, QString *error);

private:
    const storage::Database &m_database;
};

} // namespace prospector::importing

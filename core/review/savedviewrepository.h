#pragma once

#include "review/savedview.h"

#include <QList>
#include <optional>

namespace prospector::storage {
class Database;
}

namespace prospector::review {

// Stores saved views in `saved_views` (schema 3). Names are unique, case-insensitively.
class SavedViewRepository {
public:
    explicit SavedViewRepository(const storage::Database &database);

    // Returns the new id, 0 on failure (e.g. the name exists or is blank; `error` set).
    qint64 create(const QString &name, const ProspectQuery &query, QString *error = nullptr);
    // Replaces name and query of an existing view.
    bool update(const SavedView &view, QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);
    std::optional<SavedView> get(qint64 id, QString *error = nullptr) const;
    std::optional<SavedView> findByName(const QString &name, QString *error = nullptr) const;
    // In sidebar order (position, then name).
    QList<SavedView> all(QString *error = nullptr) const;
    bool reorder(const QList<qint64> &ids, QString *error = nullptr);

private:
    const storage::Database &m_database;
};

} // namespace prospector::review

#include "sync/synccursorrepository.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QSqlQuery>

namespace prospector::sync {

SyncCursorRepository::SyncCursorRepository(const storage::Database &database)
    : m_database(database) {}

std::optional<QString> SyncCursorRepository::value(const QString &name, QString *error) const {
    QSqlQuery query(m_database.connection());
    if (!storage::exec(query, QStringLiteral("SELECT value FROM sync_cursors WHERE name = ?"), {name}, error))
        return std::nullopt;
    return query.next() ? query.value(0).toString() : QString();
}

bool SyncCursorRepository::setValue(const QString &name, const QString &value, qint64 nowMs, QString *error) {
    QSqlQuery query(m_database.connection());
    return storage::exec(query,
                         QStringLiteral("INSERT INTO sync_cursors (name, value, updated_at) VALUES (?, ?, ?) "
                                        "ON CONFLICT(name) DO UPDATE SET value = excluded.value, "
                                        "updated_at = excluded.updated_at"),
                         {name, value, nowMs}, error);
}

} // namespace prospector::sync

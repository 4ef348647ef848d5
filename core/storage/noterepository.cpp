#include "storage/noterepository.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace prospector::storage {

NoteRepository::NoteRepository(const Database &database)
    : m_database(database) {}

qint64 NoteRepository::add(qint64 prospectId, const QString &body, QString *error) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(m_database.connection());
    if (!exec(query,
              QStringLiteral(
                  "INSERT INTO notes (prospect_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)"),
              {prospectId, body, now, now}, error))
        return 0;
    return query.lastInsertId().toLongLong();
}

bool NoteRepository::update(qint64 noteId, const QString &body, QString *error) {
    QSqlQuery query(m_database.connection());
    return exec(query, QStringLiteral("UPDATE notes SET body = ?, updated_at = ? WHERE id = ?"),
                {body, QDateTime::currentMSecsSinceEpoch(), noteId}, error);
}

bool NoteRepository::remove(qint64 noteId, QString *error) {
    QSqlQuery query(m_database.connection());
    return exec(query, QStringLiteral("DELETE FROM notes WHERE id = ?"), {noteId}, error);
}

QList<Note> NoteRepository::forProspect(qint64 prospectId, QString *error) const {
    QSqlQuery query(m_database.connection());
    QList<Note> result;
    if (!exec(query,
              QStringLiteral(
                  "SELECT id, prospect_id, body, created_at, updated_at FROM notes WHERE prospect_id = ? "
                  "ORDER BY created_at, id"),
              {prospectId}, error))
        return result;
    while (query.next())
        result << Note{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                       query.value(3).toLongLong(), query.value(4).toLongLong()};
    return result;
}

} // namespace prospector::storage

#include "storage/tagrepository.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QSqlQuery>
#include <QVariant>

namespace prospector::storage {

TagRepository::TagRepository(const Database &database)
    : m_database(database) {}

qint64 TagRepository::ensure(const QString &name, QString *error) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = QStringLiteral("empty tag name");
        return 0;
    }
    QSqlQuery query(m_database.connection());
    if (!exec(query, QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO NOTHING"),
              {trimmed}, error))
        return 0;
    if (!exec(query, QStringLiteral("SELECT id FROM tags WHERE name = ?"), {trimmed}, error) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

bool TagRepository::attach(qint64 prospectId, const QString &tag, QString *error) {
    const qint64 tagId = ensure(tag, error);
    if (tagId == 0)
        return false;
    QSqlQuery query(m_database.connection());
    return exec(query,
                QStringLiteral(
                    "INSERT INTO prospect_tags (prospect_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                {prospectId, tagId}, error);
}

bool TagRepository::detach(qint64 prospectId, const QString &tag, QString *error) {
    QSqlQuery query(m_database.connection());
    return exec(query,
                QStringLiteral("DELETE FROM prospect_tags WHERE prospect_id = ? AND tag_id = "
                               "(SELECT id FROM tags WHERE name = ?)"),
                {prospectId, tag.trimmed()}, error);
}

QStringList TagRepository::forProspect(qint64 prospectId, QString *error) const {
    QSqlQuery query(m_database.connection());
    QStringList result;
    if (!exec(query,
              QStringLiteral("SELECT t.name FROM tags t JOIN prospect_tags pt ON pt.tag_id = t.id "
                             "WHERE pt.prospect_id = ? ORDER BY t.name COLLATE NOCASE"),
              {prospectId}, error))
        return result;
    while (query.next())
        result << query.value(0).toString();
    return result;
}

QStringList TagRepository::all(QString *error) const {
    QSqlQuery query(m_database.connection());
    QStringList result;
    if (!exec(query, QStringLiteral("SELECT name FROM tags ORDER BY name COLLATE NOCASE"), {}, error))
        return result;
    while (query.next())
        result << query.value(0).toString();
    return result;
}

} // namespace prospector::storage

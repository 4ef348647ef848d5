#include "review/savedviewrepository.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace prospector::review {
namespace {

QString compact(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &a) {
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

const QString kColumns =
    QStringLiteral("id, name, search, filters_json, sort_json, position, created_at, updated_at");

SavedView fromRecord(const QSqlQuery &q) {
    SavedView v;
    v.id = q.value(0).toLongLong();
    v.name = q.value(1).toString();
    v.query.search = q.value(2).toString();
    v.query.setFiltersFromJson(QJsonDocument::fromJson(q.value(3).toByteArray()).object());
    v.query.sort = sortKeysFromJson(QJsonDocument::fromJson(q.value(4).toByteArray()).array());
    v.position = q.value(5).toInt();
    v.createdAt = q.value(6).toLongLong();
    v.updatedAt = q.value(7).toLongLong();
    return v;
}

bool checkName(const QString &name, QString *error) {
    if (!name.trimmed().isEmpty())
        return true;
    if (error)
        *error = QCoreApplication::translate("SavedViewRepository", "A saved view needs a name.");
    return false;
}

} // namespace

SavedViewRepository::SavedViewRepository(const storage::Database &database)
    : m_database(database) {}

qint64 SavedViewRepository::create(const QString &name, const ProspectQuery &query, QString *error) {
    if (!checkName(name, error))
        return 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_database.connection());
    if (!storage::exec(
            q,
            QStringLiteral("INSERT INTO saved_views (name, search, filters_json, sort_json, position, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, "
                           "(SELECT coalesce(max(position), -1) + 1 FROM saved_views), ?, ?)"),
            {name.trimmed(), query.search, compact(query.filtersToJson()),
             compact(sortKeysToJson(query.sort)), now, now},
            error))
        return 0;
    return q.lastInsertId().toLongLong();
}

bool SavedViewRepository::update(const SavedView &view, QString *error) {
    if (!checkName(view.name, error))
        return false;
    QSqlQuery q(m_database.connection());
    if (!storage::exec(q,
                       QStringLiteral("UPDATE saved_views SET name = ?, search = ?, filters_json = ?, "
                                      "sort_json = ?, updated_at = ? WHERE id = ?"),
                       {view.name.trimmed(), view.query.search, compact(view.query.filtersToJson()),
                        compact(sortKeysToJson(view.query.sort)), QDateTime::currentMSecsSinceEpoch(),
                        view.id},
                       error))
        return false;
    if (q.numRowsAffected() == 0) {
        if (error)
            *error = QCoreApplication::translate("SavedViewRepository", "This saved view no longer exists.");
        return false;
    }
    return true;
}

bool SavedViewRepository::remove(qint64 id, QString *error) {
    QSqlQuery q(m_database.connection());
    return storage::exec(q, QStringLiteral("DELETE FROM saved_views WHERE id = ?"), {id}, error);
}

std::optional<SavedView> SavedViewRepository::get(qint64 id, QString *error) const {
    QSqlQuery q(m_database.connection());
    if (!storage::exec(q, QStringLiteral("SELECT %1 FROM saved_views WHERE id = ?").arg(kColumns), {id},
                       error) ||
        !q.next())
        return std::nullopt;
    return fromRecord(q);
}

std::optional<SavedView> SavedViewRepository::findByName(const QString &name, QString *error) const {
    QSqlQuery q(m_database.connection());
    if (!storage::exec(q, QStringLiteral("SELECT %1 FROM saved_views WHERE name = ?").arg(kColumns),
                       {name.trimmed()}, error) ||
        !q.next())
        return std::nullopt;
    return fromRecord(q);
}

QList<SavedView> SavedViewRepository::all(QString *error) const {
    QSqlQuery q(m_database.connection());
    QList<SavedView> result;
    if (!storage::exec(q, QStringLiteral("SELECT %1 FROM saved_views ORDER BY position, name").arg(kColumns),
                       {}, error))
        return result;
    while (q.next())
        result << fromRecord(q);
    return result;
}

bool SavedViewRepository::reorder(const QList<qint64> &ids, QString *error) {
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        if (error)
            *error = QCoreApplication::translate("SavedViewRepository", "The database is busy.");
        return false;
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        QSqlQuery q(db);
        if (!storage::exec(q, QStringLiteral("UPDATE saved_views SET position = ? WHERE id = ?"),
                           {int(i), ids.at(i)}, error)) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

} // namespace prospector::review

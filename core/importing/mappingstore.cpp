#include "importing/mappingstore.h"

#include "importing/mappingpresets.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace prospector::importing {

MappingStore::MappingStore(const storage::Database &database)
    : m_database(database) {}

bool MappingStore::save(const QString &name, const ColumnMapping &mapping, QString *error) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || MappingPresets::isPreset(trimmed) ||
        trimmed.compare(QStringLiteral("auto"), Qt::CaseInsensitive) == 0) {
        if (error)
            *error = QCoreApplication::translate("MappingStore", "Choose another name: \"%1\" is reserved.")
                         .arg(trimmed);
        return false;
    }
    ColumnMapping named = mapping;
    named.name = trimmed;
    QSqlQuery query(m_database.connection());
    // An upsert that keeps the row (and its id), never a delete-and-insert replace.
    return storage::exec(
        query,
        QStringLiteral("INSERT INTO import_mappings (name, mapping_json, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (name) DO UPDATE SET mapping_json = excluded.mapping_json, "
                       "updated_at = excluded.updated_at"),
        {trimmed, QString::fromUtf8(QJsonDocument(named.toJson()).toJson(QJsonDocument::Compact)),
         QDateTime::currentMSecsSinceEpoch()},
        error);
}

std::optional<ColumnMapping> MappingStore::load(const QString &name, QString *error) const {
    QSqlQuery query(m_database.connection());
    if (!storage::exec(query, QStringLiteral("SELECT name, mapping_json FROM import_mappings WHERE name = ?"),
                       {name.trimmed()}, error) ||
        !query.next())
        return std::nullopt;
    ColumnMapping mapping =
        ColumnMapping::fromJson(QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object());
    mapping.name = query.value(0).toString();
    return mapping;
}

QStringList MappingStore::names(QString *error) const {
    QSqlQuery query(m_database.connection());
    QStringList result;
    if (!storage::exec(query, QStringLiteral("SELECT name FROM import_mappings ORDER BY name"), {}, error))
        return result;
    while (query.next())
        result << query.value(0).toString();
    return result;
}

bool MappingStore::remove(const QString &name, QString *error) {
    QSqlQuery query(m_database.connection());
    return storage::exec(query, QStringLiteral("DELETE FROM import_mappings WHERE name = ?"),
                         {name.trimmed()}, error);
}

} // namespace prospector::importing

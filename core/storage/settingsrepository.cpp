#include "storage/settingsrepository.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QDateTime>
#include <QSqlQuery>

namespace prospector::storage {

SettingsRepository::SettingsRepository(const Database &database)
    : m_database(database) {}

QString SettingsRepository::value(const QString &key, const QString &defaultValue) const {
    QSqlQuery query(m_database.connection());
    if (exec(query, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}) && query.next())
        return query.value(0).toString();
    return defaultValue;
}

SettingsRepository::Lookup SettingsRepository::lookup(const QString &key, QString *value,
                                                      QString *error) const {
    QSqlQuery query(m_database.connection());
    if (!exec(query, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}, error))
        return Lookup::Failed;
    if (!query.next())
        return Lookup::Missing;
    *value = query.value(0).toString();
    return Lookup::Found;
}

bool SettingsRepository::insertIfAbsent(const QString &key, const QString &value, QString *error) {
    QSqlQuery query(m_database.connection());
    return exec(query,
                QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                               "ON CONFLICT(key) DO NOTHING"),
                {key, value, QDateTime::currentMSecsSinceEpoch()}, error);
}

bool SettingsRepository::setValue(const QString &key, const QString &value, QString *error) {
    QSqlQuery query(m_database.connection());
    return exec(
        query,
        QStringLiteral(
            "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"),
        {key, value, QDateTime::currentMSecsSinceEpoch()}, error);
}

bool SettingsRepository::remove(const QString &key, QString *error) {
    QSqlQuery query(m_database.connection());
    return exec(query, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key}, error);
}

} // namespace prospector::storage

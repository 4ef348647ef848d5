#pragma once

#include <QString>
#include <QVariant>

namespace prospector::storage {

class Database;

// Non-secret application settings stored in the database (tokens live in the keychain only).
class SettingsRepository {
public:
    explicit SettingsRepository(const Database &database);

    QString value(const QString &key, const QString &defaultValue = {}) const;
    bool setValue(const QString &key, const QString &value, QString *error = nullptr);
    bool remove(const QString &key, QString *error = nullptr);

private:
    const Database &m_database;
};

} // namespace prospector::storage

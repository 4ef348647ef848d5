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

    // Like value(), but tells a missing key from a failed read, for callers that must refuse
    // rather than assume "not set" when the database errs.
    enum class Lookup { Found, Missing, Failed };
    Lookup lookup(const QString &key, QString *value, QString *error = nullptr) const;
    // Stores the value only when the key is not set yet (first writer wins across processes).
    bool insertIfAbsent(const QString &key, const QString &value, QString *error = nullptr);
    bool setValue(const QString &key, const QString &value, QString *error = nullptr);
    bool remove(const QString &key, QString *error = nullptr);

private:
    const Database &m_database;
};

} // namespace prospector::storage

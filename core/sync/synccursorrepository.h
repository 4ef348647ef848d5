#pragma once

#include <QString>
#include <optional>

namespace prospector::storage {
class Database;
}

namespace prospector::sync {

// Named polling positions (e.g. "lemlist:activities" -> the newest activity time seen), saved in
// the same transaction as the items they cover so a crash never skips or repeats a page.
class SyncCursorRepository {
public:
    explicit SyncCursorRepository(const storage::Database &database);

    // Empty string when the cursor was never set; nullopt on a read error.
    std::optional<QString> value(const QString &name, QString *error = nullptr) const;
    bool setValue(const QString &name, const QString &value, qint64 nowMs, QString *error = nullptr);

private:
    const storage::Database &m_database;
};

} // namespace prospector::sync

#pragma once

#include "storage/prospect.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace prospector::storage {

class Database;

// What a list of prospects is filtered by. Empty members do not filter.
struct ProspectFilter {
    QString search; // free text, made safe by ftsMatchExpression()
    QString stage;
    QString tier; // effective tier (override wins)
    QString tag;
    int minScore = -1;
    bool includeArchived = false;
    int limit = 100;
    int offset = 0;
};

// Reads and writes prospects with bound parameters only. Uses the calling thread's connection.
class ProspectRepository {
public:
    explicit ProspectRepository(const Database &database);

    // Inserts and returns the new id (0 on failure, with `error` set).
    qint64 insert(const Prospect &prospect, QString *error = nullptr);
    bool update(const Prospect &prospect, QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);

    std::optional<Prospect> get(qint64 id, QString *error = nullptr) const;

    // Lookups for de-duplication. They return an explicit error instead of "not found" when the
    // query fails, so callers can refuse rather than insert a duplicate (SPEC §3).
    enum class Lookup { Found, NotFound, Error };
    Lookup findByEmail(const QString &email, Prospect *out, QString *error = nullptr) const;
    Lookup findByLinkedinUrl(const QString &url, Prospect *out, QString *error = nullptr) const;
    Lookup findByNameKey(const QString &nameKey, Prospect *out, QString *error = nullptr) const;

    QList<Prospect> list(const ProspectFilter &filter, QString *error = nullptr) const;
    qint64 count(const ProspectFilter &filter, QString *error = nullptr) const;

    static QString selectColumns();
    static Prospect fromRecord(const class QSqlQuery &query);

private:
    Lookup findBy(const QString &column, const QString &value, Prospect *out, QString *error) const;
    QString whereClause(const ProspectFilter &filter, QVariantList *values) const;

    const Database &m_database;
};

} // namespace prospector::storage

#include "sync/suppressionrepository.h"

#include "storage/database.h"
#include "storage/sqlerror.h"
#include "sync/idempotencykey.h"

#include <QSqlQuery>

namespace prospector::sync {

SuppressionRepository::SuppressionRepository(const storage::Database &database)
    : m_database(database) {}

bool SuppressionRepository::add(const QString &email, const QString &reason, const QString &source,
                                const QString &detail, qint64 nowMs, QString *error) {
    const QString normalized = IdempotencyKey::normalizeEmail(email);
    if (normalized.isEmpty()) {
        if (error)
            *error = QStringLiteral("cannot suppress an empty address");
        return false;
    }
    QSqlQuery query(m_database.connection());
    return storage::exec(query,
                         QStringLiteral("INSERT INTO suppression (email, reason, source, detail, created_at) "
                                        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(email) DO NOTHING"),
                         {normalized, reason, source, detail, nowMs}, error);
}

SuppressionRepository::Check SuppressionRepository::check(const QString &email, SuppressionEntry *entry,
                                                          QString *error) const {
    QSqlQuery query(m_database.connection());
    if (!storage::exec(query,
                       QStringLiteral("SELECT email, reason, source, detail, created_at FROM suppression "
                                      "WHERE email = ?"),
                       {IdempotencyKey::normalizeEmail(email)}, error))
        return Check::Error;
    if (!query.next())
        return Check::NotSuppressed;
    if (entry)
        *entry = {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                  query.value(3).toString(), query.value(4).toLongLong()};
    return Check::Suppressed;
}

bool SuppressionRepository::removeManual(const QString &email, QString *error) {
    QSqlQuery query(m_database.connection());
    if (!storage::exec(query, QStringLiteral("DELETE FROM suppression WHERE email = ? AND reason = 'manual'"),
                       {IdempotencyKey::normalizeEmail(email)}, error))
        return false;
    return query.numRowsAffected() == 1;
}

QList<SuppressionEntry> SuppressionRepository::list(int limit, QString *error) const {
    QList<SuppressionEntry> entries;
    QSqlQuery query(m_database.connection());
    if (!storage::exec(query,
                       QStringLiteral("SELECT email, reason, source, detail, created_at FROM suppression "
                                      "ORDER BY created_at DESC, email LIMIT ?"),
                       {limit}, error))
        return entries;
    while (query.next())
        entries.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toLongLong()});
    return entries;
}

} // namespace prospector::sync

#pragma once

#include <QList>
#include <QString>

namespace prospector::storage {
class Database;
}

namespace prospector::sync {

struct SuppressionEntry {
    QString email;  // normalized
    QString reason; // opt_out | unsubscribed | bounced | do_not_contact | manual
    QString source; // reply | lemlist | user | ...
    QString detail; // e.g. the lemlist activity id
    qint64 createdAt = 0;
};

// Addresses that must never be enrolled. Uses the calling thread's connection, so a caller's
// open transaction on that connection includes these writes.
class SuppressionRepository {
public:
    explicit SuppressionRepository(const storage::Database &database);

    // Idempotent: the first reason recorded for an address is kept.
    bool add(const QString &email, const QString &reason, const QString &source, const QString &detail,
             qint64 nowMs, QString *error = nullptr);

    // A failed lookup answers Error, never NotSuppressed: enrollment must refuse then (fail closed).
    enum class Check { Suppressed, NotSuppressed, Error };
    Check check(const QString &email, SuppressionEntry *entry = nullptr, QString *error = nullptr) const;

    // Only entries the rep added by hand can be lifted; opt-outs, bounces and unsubscribes stay.
    bool removeManual(const QString &email, QString *error = nullptr);
    QList<SuppressionEntry> list(int limit = 1000, QString *error = nullptr) const;

private:
    const storage::Database &m_database;
};

} // namespace prospector::sync

#include "sync/creditledger.h"

#include "storage/database.h"
#include "storage/sqlerror.h"
#include "sync/clock.h"

#include <QSqlQuery>

namespace prospector::sync {

CreditLedger::CreditLedger(const storage::Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock) {}

bool CreditLedger::record(const QString &service, const QString &operation, qint64 credits, int records,
                          qint64 outboxId, const QString &reference, QString *error) {
    QSqlQuery query(m_database.connection());
    const QVariant outbox = outboxId > 0 ? QVariant(outboxId) : QVariant(QMetaType(QMetaType::LongLong));
    return storage::exec(query,
                         QStringLiteral("INSERT INTO credit_ledger (service, operation, credits, records, "
                                        "outbox_id, reference, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         {service, operation, credits, records, outbox, reference, m_clock.nowMs()}, error);
}

std::optional<qint64> CreditLedger::spentSince(const QString &service, qint64 sinceMs, QString *error) const {
    QSqlQuery query(m_database.connection());
    if (!storage::exec(query,
                       QStringLiteral("SELECT coalesce(sum(credits), 0) FROM credit_ledger "
                                      "WHERE service = ? AND occurred_at >= ?"),
                       {service, sinceMs}, error) ||
        !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

} // namespace prospector::sync

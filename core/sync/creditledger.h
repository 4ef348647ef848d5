#pragma once

#include <QString>
#include <optional>

namespace prospector::storage {
class Database;
}

namespace prospector::sync {

class Clock;

// Every credit-consuming call, recorded when the call is made (credits are spent even if our
// process dies before storing the result), so budgets are sums over the ledger.
class CreditLedger {
public:
    CreditLedger(const storage::Database &database, const Clock &clock);

    bool record(const QString &service, const QString &operation, qint64 credits, int records,
                qint64 outboxId = 0, const QString &reference = {}, QString *error = nullptr);
    // Credits spent on a service since a time; nullopt on a read error (callers fail closed).
    std::optional<qint64> spentSince(const QString &service, qint64 sinceMs, QString *error = nullptr) const;

private:
    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace prospector::sync

#pragma once

#include <QString>
#include <optional>

namespace prospector::sync {

class Clock;
class CreditLedger;

// A configurable ceiling on credits spent over a rolling window (default 30 days). When the
// ceiling is reached enrichment stops; a ledger that cannot be read also stops it.
class CreditBudget {
public:
    static constexpr qint64 kDefaultWindowMs = 30LL * 24 * 60 * 60 * 1000;

    // limit < 0: unlimited.
    CreditBudget(const CreditLedger &ledger, const Clock &clock, QString service, qint64 limit,
                 qint64 windowMs = kDefaultWindowMs);

    bool isUnlimited() const { return m_limit < 0; }
    qint64 limit() const { return m_limit; }
    // Credits still available now (INT64_MAX when unlimited); nullopt when the ledger fails.
    std::optional<qint64> remaining(QString *error = nullptr) const;

    enum class Decision { Allowed, BudgetReached, Error };
    Decision allows(qint64 credits, QString *error = nullptr) const;

private:
    const CreditLedger &m_ledger;
    const Clock &m_clock;
    QString m_service;
    qint64 m_limit;
    qint64 m_windowMs;
};

} // namespace prospector::sync

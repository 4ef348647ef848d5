#include "sync/creditbudget.h"

#include "sync/clock.h"
#include "sync/creditledger.h"

#include <algorithm>
#include <limits>

namespace prospector::sync {

CreditBudget::CreditBudget(const CreditLedger &ledger, const Clock &clock, QString service, qint64 limit,
                           qint64 windowMs)
    : m_ledger(ledger)
    , m_clock(clock)
    , m_service(std::move(service))
    , m_limit(limit)
    , m_windowMs(windowMs) {}

std::optional<qint64> CreditBudget::remaining(QString *error) const {
    if (isUnlimited())
        return std::numeric_limits<qint64>::max();
    const auto spent = m_ledger.spentSince(m_service, m_clock.nowMs() - m_windowMs, error);
    if (!spent)
        return std::nullopt;
    return std::max<qint64>(0, m_limit - *spent);
}

CreditBudget::Decision CreditBudget::allows(qint64 credits, QString *error) const {
    const auto left = remaining(error);
    if (!left)
        return Decision::Error;
    return credits <= *left ? Decision::Allowed : Decision::BudgetReached;
}

} // namespace prospector::sync

#pragma once

#include <QString>
#include <optional>

namespace prospector::storage {
class Database;
}

namespace prospector::sync {

// What the rep chose for Explorium enrichment, stored in the settings table:
//   enrichment.creditBudget  credits that may be spent per rolling 30 days (default 1000;
//                            0 = serve cached results only, never pay)
//   enrichment.contactTypes  "email" (2 credits per contact, the default) or "email,phone" (5)
// A value that cannot be read or is corrupt refuses to load: enrichment then stops with that
// reason instead of spending credits under a guessed budget.
struct EnrichmentSettings {
    static constexpr qint64 kDefaultCreditBudget = 1000;
    static constexpr qint64 kFirmographicsCost = 1; // per business; undocumented by Explorium [U]

    qint64 creditBudget = kDefaultCreditBudget;
    bool includePhone = false;

    // Documented prices of contact information (CONTRACTS.md 3.3.4): email only 2, with phone 5.
    qint64 contactCost() const { return includePhone ? 5 : 2; }

    static std::optional<EnrichmentSettings> load(const storage::Database &database, QString *error);
    bool save(const storage::Database &database, QString *error) const;
};

} // namespace prospector::sync

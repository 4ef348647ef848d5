#pragma once

#include "scoring/ruleset.h"

#include <QString>
#include <atomic>

namespace prospector::storage {
class Database;
}

namespace prospector::scoring {

struct TierCounts {
    qint64 hot = 0;
    qint64 warm = 0;
    qint64 cold = 0;
    qint64 total = 0;
    qint64 overridden = 0; // of those, how many keep their manual override
};

// "How many prospects would land in each tier with these rules?" for the rules editor's live
// preview. Scores every non-archived prospect in memory without writing (the effective tier:
// an override wins). Takes about a second per million rows: run it off the UI thread.
class TierPreview {
public:
    explicit TierPreview(const storage::Database &database);

    // `cancel` (optional) is polled between batches; returns false on error or cancel.
    bool compute(const RuleSet &ruleSet, TierCounts *counts, QString *error = nullptr,
                 const std::atomic_bool *cancel = nullptr) const;

private:
    const storage::Database &m_database;
};

} // namespace prospector::scoring

#pragma once

#include "scoring/ruleset.h"

namespace prospector::storage {
class Database;
}

namespace prospector::scoring {

// Loads and saves the rule set as JSON in the settings table (key "scoring.ruleset").
class ScoringSettings {
public:
    explicit ScoringSettings(const storage::Database &database);

    // The stored rule set, or RuleSet::defaults() when none is stored. A stored value that does
    // not parse is an error (returns false), not a silent reset.
    bool load(RuleSet *ruleSet, QString *error = nullptr) const;
    bool save(const RuleSet &ruleSet, QString *error = nullptr);

    static QString settingsKey();

private:
    const storage::Database &m_database;
};

} // namespace prospector::scoring

#pragma once

#include "scoring/scoringrule.h"

#include <QList>

namespace prospector::scoring {

// Score at or above `hot` is hot, at or above `warm` warm, otherwise cold.
struct TierThresholds {
    int hot = 70;
    int warm = 40;
    bool operator==(const TierThresholds &other) const = default;
    QString tierFor(int score) const;
};

// The editable ICP: rules with weights and the tier thresholds. Stored as JSON in settings.
struct RuleSet {
    QList<ScoringRule> rules;
    TierThresholds thresholds;

    bool operator==(const RuleSet &other) const = default;

    // A sensible starting point for B2B sales teams.
    static RuleSet defaults();
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &object, RuleSet *ruleSet, QString *error = nullptr);
    // Checks thresholds (0 <= warm <= hot <= 100) and rules; empty string when valid.
    QString validate() const;
};

} // namespace prospector::scoring

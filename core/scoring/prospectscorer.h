#pragma once

#include "scoring/ruleset.h"
#include "storage/prospect.h"

#include <QList>
#include <QRegularExpression>

namespace prospector::scoring {

struct ScoreResult {
    int score = 0;       // 0..100
    QString tier;        // computed tier (an override is applied by the caller: it always wins)
    QStringList reasons; // one per matched rule, e.g. "+20 Title mentions sales"
};

// Scores prospects against a rule set: the weights of the matched rules over the sum of the
// positive weights, scaled to 0..100 and clamped. Pure and thread-safe (const after construction).
class ProspectScorer {
public:
    explicit ProspectScorer(RuleSet ruleSet);

    ScoreResult score(const storage::Prospect &prospect) const;
    // `rule` should be one of ruleSet().rules (its compiled pattern is reused).
    bool matches(const ScoringRule &rule, const storage::Prospect &prospect) const;
    const RuleSet &ruleSet() const { return m_ruleSet; }

private:
    RuleSet m_ruleSet;
    QList<QRegularExpression> m_titlePatterns; // per rule, parallel to m_ruleSet.rules
    int m_positiveTotal = 0;
};

} // namespace prospector::scoring

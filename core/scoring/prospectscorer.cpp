#include "scoring/prospectscorer.h"

#include <QRegularExpression>

namespace prospector::scoring {
namespace {

bool equalsAny(const QString &value, const QStringList &candidates) {
    const QString v = value.trimmed();
    return std::any_of(candidates.cbegin(), candidates.cend(),
                       [&](const QString &c) { return v.compare(c, Qt::CaseInsensitive) == 0; });
}

} // namespace

ProspectScorer::ProspectScorer(RuleSet ruleSet)
    : m_ruleSet(std::move(ruleSet)) {
    for (const ScoringRule &rule : std::as_const(m_ruleSet.rules)) {
        if (rule.enabled && rule.weight > 0)
            m_positiveTotal += rule.weight;
        // One compiled pattern per title rule ("\\b(sales|revenue)\\b"), reused for every prospect.
        QStringList escaped;
        for (const QString &keyword : rule.values)
            escaped << QRegularExpression::escape(keyword);
        m_titlePatterns << QRegularExpression(
            QStringLiteral("\\b(%1)\\b").arg(escaped.join(QLatin1Char('|'))),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    }
}

bool ProspectScorer::matches(const ScoringRule &rule, const storage::Prospect &p) const {
    using Kind = ScoringRule::Kind;
    switch (rule.kind) {
    case Kind::TitleKeyword: {
        if (rule.values.isEmpty())
            return false;
        const qsizetype index = &rule - m_ruleSet.rules.constData();
        if (index >= 0 && index < m_titlePatterns.size())
            return m_titlePatterns.at(index).match(p.title).hasMatch();
        ProspectScorer single(RuleSet{{rule}, {}}); // a rule from elsewhere: compile it once here
        return single.matches(single.ruleSet().rules.constFirst(), p);
    }
    case Kind::Seniority:
        return equalsAny(seniorityOf(p.title), rule.values);
    case Kind::Industry:
        return equalsAny(p.industry, rule.values);
    case Kind::CompanySize: {
        int min = 0;
        int max = 0;
        if (!parseCompanySize(p.companySize, &min, &max))
            return false;
        // Ranges overlap: the prospect's upper end reaches the rule's minimum and its lower end
        // is within the rule's maximum. Open ends (-1) reach everything above.
        const bool aboveMin = max < 0 || max >= rule.minSize;
        const bool belowMax = rule.maxSize < 0 || min <= rule.maxSize;
        return aboveMin && belowMax;
    }
    case Kind::Country:
        return equalsAny(p.country, rule.values);
    case Kind::HasEmail:
        return !p.email.isEmpty();
    case Kind::HasLinkedin:
        return !p.linkedinUrl.isEmpty();
    case Kind::CustomFieldEquals: {
        for (auto it = p.customFields.constBegin(); it != p.customFields.constEnd(); ++it) {
            if (it.key().compare(rule.field, Qt::CaseInsensitive) == 0)
                return equalsAny(it.value().toVariant().toString(), rule.values);
        }
        return false;
    }
    }
    return false;
}

ScoreResult ProspectScorer::score(const storage::Prospect &prospect) const {
    ScoreResult result;
    int points = 0;
    for (const ScoringRule &rule : m_ruleSet.rules) {
        if (!rule.enabled || !matches(rule, prospect))
            continue;
        points += rule.weight;
        result.reasons << QStringLiteral("%1%2 %3")
                              .arg(rule.weight >= 0 ? QStringLiteral("+") : QString())
                              .arg(rule.weight)
                              .arg(rule.describe());
    }
    result.score =
        m_positiveTotal > 0 ? std::clamp(int(std::lround(100.0 * points / m_positiveTotal)), 0, 100) : 0;
    result.tier = m_ruleSet.thresholds.tierFor(result.score);
    return result;
}

} // namespace prospector::scoring

#include "scoring/ruleset.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace prospector::scoring {

QString TierThresholds::tierFor(int score) const {
    if (score >= hot)
        return QStringLiteral("hot");
    if (score >= warm)
        return QStringLiteral("warm");
    return QStringLiteral("cold");
}

RuleSet RuleSet::defaults() {
    using Kind = ScoringRule::Kind;
    RuleSet set;
    const auto rule = [](Kind kind, QStringList values, int weight) {
        ScoringRule r;
        r.kind = kind;
        r.values = std::move(values);
        r.weight = weight;
        return r;
    };
    set.rules << rule(Kind::Seniority, {QStringLiteral("c_level"), QStringLiteral("vp")}, 25)
              << rule(Kind::Seniority, {QStringLiteral("director"), QStringLiteral("head")}, 15)
              << rule(Kind::TitleKeyword,
                      {QStringLiteral("sales"), QStringLiteral("revenue"), QStringLiteral("growth"),
                       QStringLiteral("business development")},
                      20);
    ScoringRule size = rule(Kind::CompanySize, {}, 15);
    size.minSize = 50;
    size.maxSize = 5000;
    set.rules << size << rule(Kind::HasEmail, {}, 15) << rule(Kind::HasLinkedin, {}, 10);
    return set;
}

QJsonObject RuleSet::toJson() const {
    QJsonArray array;
    for (const ScoringRule &rule : rules)
        array.append(rule.toJson());
    return {{QStringLiteral("version"), 1},
            {QStringLiteral("rules"), array},
            {QStringLiteral("thresholds"), QJsonObject{{QStringLiteral("hot"), thresholds.hot},
                                                       {QStringLiteral("warm"), thresholds.warm}}}};
}

bool RuleSet::fromJson(const QJsonObject &o, RuleSet *ruleSet, QString *error) {
    RuleSet set;
    for (const QJsonValue &value : o.value(QStringLiteral("rules")).toArray()) {
        ScoringRule rule;
        if (!ScoringRule::fromJson(value.toObject(), &rule, error))
            return false;
        set.rules << rule;
    }
    const QJsonObject t = o.value(QStringLiteral("thresholds")).toObject();
    set.thresholds.hot = t.value(QStringLiteral("hot")).toInt(set.thresholds.hot);
    set.thresholds.warm = t.value(QStringLiteral("warm")).toInt(set.thresholds.warm);
    const QString invalid = set.validate();
    if (!invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    *ruleSet = set;
    return true;
}

QString RuleSet::validate() const {
    if (thresholds.warm < 0 || thresholds.hot > 100 || thresholds.warm > thresholds.hot)
        return QCoreApplication::translate("RuleSet", "Tier thresholds must satisfy 0 ≤ warm ≤ hot ≤ 100.");
    for (const ScoringRule &rule : rules) {
        ScoringRule copy;
        QString error;
        if (!ScoringRule::fromJson(rule.toJson(), &copy, &error))
            return error;
    }
    return {};
}

} // namespace prospector::scoring

#include "sync/replyclassifier/replyclassifier.h"

#include "sync/replyclassifier/replytextnormalizer.h"

namespace prospector::sync {

ReplyClassifier::ReplyClassifier(QList<ReplyRule> rules)
    : m_rules(std::move(rules)) {}

ReplyClassification ReplyClassifier::classify(const QString &replyText) const {
    const QString text = ReplyTextNormalizer::normalize(replyText);
    for (const ReplyRule &rule : m_rules) {
        for (const QRegularExpression &pattern : rule.patterns) {
            const QRegularExpressionMatch match = pattern.match(text);
            if (match.hasMatch())
                return {rule.label, rule.optOut, rule.name, match.captured(0)};
        }
    }
    return {ReplyLabel::Neutral, false, QStringLiteral("default"), {}};
}

} // namespace prospector::sync

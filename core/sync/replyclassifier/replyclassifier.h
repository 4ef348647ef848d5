#pragma once

#include "sync/replyclassifier/replyclassification.h"
#include "sync/replyclassifier/replyrule.h"

namespace prospector::sync {

// Classifies a prospect's reply with an ordered rule set (first match wins, default neutral)
// over the normalized text. Deterministic and explainable: the result names the rule and the
// fragment that decided. Thread-safe after construction.
class ReplyClassifier {
public:
    explicit ReplyClassifier(QList<ReplyRule> rules = defaultReplyRules());

    ReplyClassification classify(const QString &replyText) const;

private:
    QList<ReplyRule> m_rules;
};

} // namespace prospector::sync

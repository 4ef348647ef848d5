#pragma once

#include "sync/replyclassifier/replyclassification.h"

#include <QList>
#include <QRegularExpression>

namespace prospector::sync {

// One step of the ordered rule set: the first rule with a matching pattern decides.
struct ReplyRule {
    QString name;
    ReplyLabel label = ReplyLabel::Neutral;
    bool optOut = false;
    QList<QRegularExpression> patterns; // matched against ReplyTextNormalizer::normalize() output
};

// The product's rules, in order: opt-out, auto-reply, negation, positive intent, info request,
// polite rejection (anything else is neutral). English with common French and German phrasings.
// Patterns are written in normalized form: lower case, no accents, straight apostrophes.
QList<ReplyRule> defaultReplyRules();

} // namespace prospector::sync

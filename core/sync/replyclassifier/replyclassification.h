#pragma once

#include <QString>

namespace prospector::sync {

enum class ReplyLabel { Positive, Negative, InfoRequest, Neutral };

QString replyLabelName(ReplyLabel label); // positive | negative | info_request | neutral
bool replyLabelFromName(const QString &name, ReplyLabel *label);

// What the classifier decided and why, so the timeline can show the reason.
struct ReplyClassification {
    ReplyLabel label = ReplyLabel::Neutral;
    bool optOut = false; // the sender asked not to be contacted again: suppress the address
    QString rule;        // name of the rule that matched ("default" when none did)
    QString matched;     // the normalized text fragment that matched
};

} // namespace prospector::sync

#include "sync/replyclassifier/replyclassification.h"

namespace prospector::sync {

QString replyLabelName(ReplyLabel label) {
    switch (label) {
    case ReplyLabel::Positive:
        return QStringLiteral("positive");
    case ReplyLabel::Negative:
        return QStringLiteral("negative");
    case ReplyLabel::InfoRequest:
        return QStringLiteral("info_request");
    case ReplyLabel::Neutral:
        return QStringLiteral("neutral");
    }
    return {};
}

bool replyLabelFromName(const QString &name, ReplyLabel *label) {
    for (ReplyLabel candidate :
         {ReplyLabel::Positive, ReplyLabel::Negative, ReplyLabel::InfoRequest, ReplyLabel::Neutral}) {
        if (replyLabelName(candidate) == name) {
            *label = candidate;
            return true;
        }
    }
    return false;
}

} // namespace prospector::sync

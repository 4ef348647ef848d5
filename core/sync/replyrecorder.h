#pragma once

#include "sync/replyclassifier/replyclassification.h"

#include <QString>
#include <optional>

namespace prospector::storage {
class Database;
}

namespace prospector::sync {

class Clock;
class ReplyClassifier;

struct IncomingReply {
    qint64 prospectId = 0;
    QString email;
    QString text;
    QString activityId; // lemlist activity id: recording the same reply twice is a no-op
    qint64 occurredAt = 0;
};

// Records a prospect's reply in one transaction: a timeline entry with its classification, the
// stage moved to "replied" (never backwards from meeting/won/lost), and for an opt-out the
// suppression entry, the do-not-contact flag and the cancellation of queued enrollments.
class ReplyRecorder {
public:
    ReplyRecorder(const storage::Database &database, const ReplyClassifier &classifier, const Clock &clock);

    struct Outcome {
        ReplyClassification classification;
        bool duplicate = false; // already recorded (same activity id): nothing was changed
    };
    std::optional<Outcome> record(const IncomingReply &reply, QString *error = nullptr);

private:
    const storage::Database &m_database;
    const ReplyClassifier &m_classifier;
    const Clock &m_clock;
};

} // namespace prospector::sync

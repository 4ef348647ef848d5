#include "sync/replyrecorder.h"

#include "storage/activityrepository.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "sync/clock.h"
#include "sync/replyclassifier/replyclassifier.h"
#include "sync/suppressionrepository.h"
#include "sync/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace prospector::sync {

ReplyRecorder::ReplyRecorder(const storage::Database &database, const ReplyClassifier &classifier,
                             const Clock &clock)
    : m_database(database)
    , m_classifier(classifier)
    , m_clock(clock) {}

std::optional<ReplyRecorder::Outcome> ReplyRecorder::record(const IncomingReply &reply, QString *error) {
    Outcome outcome;
    outcome.classification = m_classifier.classify(reply.text);
    const ReplyClassification &c = outcome.classification;
    const qint64 now = m_clock.nowMs();

    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return std::nullopt;
    }
    storage::ActivityRepository activities(m_database);
    storage::Activity activity;
    activity.prospectId = reply.prospectId;
    activity.kind = QStringLiteral("reply");
    activity.summary =
        QCoreApplication::translate("ReplyRecorder", "Replied (%1)").arg(replyLabelName(c.label));
    activity.payload = {{QStringLiteral("label"), replyLabelName(c.label)},
                        {QStringLiteral("rule"), c.rule},
                        {QStringLiteral("matched"), c.matched},
                        {QStringLiteral("optOut"), c.optOut},
                        {QStringLiteral("text"), reply.text.left(20'000)}};
    activity.externalId =
        reply.activityId.isEmpty() ? QString() : QLatin1String("lemlist:") + reply.activityId;
    activity.occurredAt = reply.occurredAt ? reply.occurredAt : now;
    QString localError;
    if (activities.add(activity, &localError) == 0) {
        if (!localError.isEmpty()) {
            if (error)
                *error = localError;
            return std::nullopt;
        }
        outcome.duplicate = true;
        return outcome; // the transaction rolls back: nothing to change
    }

    QSqlQuery query(transaction.connection());
    bool ok =
        storage::exec(query,
                      QStringLiteral("UPDATE prospects SET stage = 'replied', updated_at = ? WHERE id = ? "
                                     "AND stage IN ('new','enriched','qualified','synced','enrolled')"),
                      {now, reply.prospectId}, error);
    if (ok && c.optOut) {
        SuppressionRepository suppression(m_database);
        ok =
            suppression.add(reply.email, QStringLiteral("opt_out"), QStringLiteral("reply"), reply.activityId,
                            now, error) &&
            storage::exec(
                query, QStringLiteral("UPDATE prospects SET do_not_contact = 1, updated_at = ? WHERE id = ?"),
                {now, reply.prospectId}, error) &&
            // Enrollments not yet sent are cancelled; ones in flight or unknown are stopped by the
            // engine's suppression check before any send.
            storage::exec(
                query,
                QStringLiteral("UPDATE outbox SET state = 'dead', failure_kind = 'suppressed', "
                               "last_error = 'opted out by reply', updated_at = ? "
                               "WHERE prospect_id = ? AND service = 'lemlist' AND state = 'queued'"),
                {now, reply.prospectId}, error);
    }
    if (!ok || !transaction.commit()) {
        if (error && error->isEmpty())
            *error = transaction.error();
        return std::nullopt;
    }
    return outcome;
}

} // namespace prospector::sync

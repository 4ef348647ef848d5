#include "sync/lemlistenrollmentsync.h"

#include "lemlist/lemlistclient.h"
#include "storage/activityrepository.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "sync/clock.h"
#include "sync/idempotencykey.h"
#include "sync/outboxrepository.h"
#include "sync/suppressionrepository.h"
#include "sync/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcSyncLemlist, "prospector.sync.lemlist", QtInfoMsg)

namespace prospector::sync {
namespace {

lemlist::LeadInput leadInput(const OutboxOperation &op) {
    const QJsonObject lead = op.payload.value(QStringLiteral("lead")).toObject();
    lemlist::LeadInput in;
    in.email = op.payload.value(QStringLiteral("email")).toString();
    QJsonObject rest = lead;
    auto take = [&rest](const char *key) {
        const QString value = rest.value(QLatin1StringView(key)).toString();
        rest.remove(QLatin1StringView(key));
        return value;
    };
    in.firstName = take("firstName");
    in.lastName = take("lastName");
    in.companyName = take("companyName");
    in.companyDomain = take("companyDomain");
    in.jobTitle = take("jobTitle");
    in.phone = take("phone");
    in.linkedinUrl = take("linkedinUrl");
    in.icebreaker = take("icebreaker");
    for (auto it = rest.begin(); it != rest.end(); ++it)
        in.variables.insert(it.key(), it.value().toString());
    return in;
}

} // namespace

struct LemlistEnrollmentSync::Batch {
    QList<OutboxOperation> ops;
    DrainReport report;
    std::function<void(const DrainReport &)> done;
};

LemlistEnrollmentSync::LemlistEnrollmentSync(const storage::Database &database, OutboxRepository &outbox,
                                             lemlist::LemlistClient &client, const Clock &clock,
                                             QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_outbox(outbox)
    , m_client(client)
    , m_clock(clock)
    , m_failures(outbox, clock) {}

LemlistEnrollmentSync::~LemlistEnrollmentSync() = default;

void LemlistEnrollmentSync::drainBatch(std::function<void(const DrainReport &)> done) {
    auto batch = std::make_shared<Batch>();
    batch->done = std::move(done);
    QString error;
    batch->ops =
        m_outbox.claimDue(QStringLiteral("lemlist"), QStringLiteral("enroll_lead"), kBatchSize, &error);
    if (!error.isEmpty())
        qCWarning(lcSyncLemlist) << "claim failed:" << error;
    batch->report.claimed = int(batch->ops.size());
    next(batch);
}

void LemlistEnrollmentSync::next(const std::shared_ptr<Batch> &batch) {
    if (batch->ops.isEmpty()) {
        batch->done(batch->report);
        return;
    }
    OutboxOperation op = batch->ops.takeFirst();
    if (!mayContact(op, batch->report)) {
        next(batch);
        return;
    }
    if (op.needsReconcile)
        reconcile(batch, op);
    else
        enroll(batch, op);
}

bool LemlistEnrollmentSync::mayContact(const OutboxOperation &op, DrainReport &report) {
    const QString email = op.payload.value(QStringLiteral("email")).toString();
    SuppressionRepository suppression(m_database);
    QString error;
    const auto check = suppression.check(email, nullptr, &error);
    if (check == SuppressionRepository::Check::Error) {
        // Fail closed: nothing is sent on an unreadable list; try again later.
        m_outbox.retryLater(op, QStringLiteral("suppression list unreadable: ") + error);
        ++report.retrying;
        return false;
    }
    bool flagged = false;
    if (op.prospectId > 0) {
        QSqlQuery query(m_database.connection());
        if (!storage::exec(query,
                           QStringLiteral("SELECT unsubscribed OR bounced OR do_not_contact FROM prospects "
                                          "WHERE id = ?"),
                           {op.prospectId}, &error)) {
            m_outbox.retryLater(op, QStringLiteral("prospect unreadable: ") + error);
            ++report.retrying;
            return false;
        }
        flagged = query.next() && query.value(0).toBool();
    }
    if (check == SuppressionRepository::Check::Suppressed || flagged) {
        m_failures.dead(
            op, QStringLiteral("suppressed"),
            QStringLiteral("the prospect is suppressed (opt-out, unsubscribed, bounced or do not contact)"),
            report);
        return false;
    }
    return true;
}

void LemlistEnrollmentSync::reconcile(const std::shared_ptr<Batch> &batch, OutboxOperation op) {
    const QString email = op.payload.value(QStringLiteral("email")).toString();
    const QString campaignId = op.payload.value(QStringLiteral("campaignId")).toString();
    m_client.getLeadByEmail(
        email, this, [this, batch, op, campaignId](const net::ApiResult<QList<lemlist::Lead>> &r) mutable {
            if (!r.ok()) {
                m_failures.apply(op, r.error, batch->report);
                next(batch);
                return;
            }
            for (const lemlist::Lead &lead : r.value) {
                if (lead.campaignId == campaignId) {
                    // The earlier send landed: done, without sending again.
                    QString error;
                    if (writeBack(op, lead, true, &error)) {
                        ++batch->report.reconciled;
                        ++batch->report.completed;
                    } else {
                        qCWarning(lcSyncLemlist) << "write-back failed:" << error;
                    }
                    next(batch);
                    return;
                }
            }
            QString error;
            if (!m_outbox.clearReconcile(op, &error)) {
                qCWarning(lcSyncLemlist) << "lost claim while reconciling:" << error;
                next(batch);
                return;
            }
            ++batch->report.reconciled;
            enroll(batch, op);
        });
}

void LemlistEnrollmentSync::enroll(const std::shared_ptr<Batch> &batch, const OutboxOperation &op) {
    const QString campaignId = op.payload.value(QStringLiteral("campaignId")).toString();
    m_client.addLeadToCampaign(campaignId, leadInput(op), false, this,
                               [this, batch, op](const net::ApiResult<lemlist::AddLeadOutcome> &r) {
                                   if (r.ok()) {
                                       QString error;
                                       if (writeBack(op, r.value.lead, r.value.alreadyInCampaign, &error))
                                           ++batch->report.completed;
                                       else
                                           qCWarning(lcSyncLemlist) << "write-back failed:" << error;
                                   } else {
                                       m_failures.apply(op, r.error, batch->report);
                                   }
                                   next(batch);
                               });
}

bool LemlistEnrollmentSync::writeBack(const OutboxOperation &op, const lemlist::Lead &lead,
                                      bool alreadyInCampaign, QString *error) {
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    const qint64 now = m_clock.nowMs();
    const QString campaignId = op.payload.value(QStringLiteral("campaignId")).toString();
    if (op.prospectId > 0) {
        QSqlQuery query(transaction.connection());
        if (!storage::exec(
                query,
                QStringLiteral("UPDATE prospects SET lemlist_lead_id = coalesce(nullif(?, ''), "
                               "lemlist_lead_id), stage = CASE WHEN stage IN "
                               "('new','enriched','qualified','synced') THEN 'enrolled' ELSE stage END, "
                               "updated_at = ? WHERE id = ?"),
                {lead.id, now, op.prospectId}, error))
            return false;
        storage::Activity activity;
        activity.prospectId = op.prospectId;
        activity.kind = QStringLiteral("lemlist_enrolled");
        activity.summary =
            QCoreApplication::translate("LemlistEnrollmentSync", "Enrolled in lemlist campaign %1")
                .arg(lead.campaignName.isEmpty() ? campaignId : lead.campaignName);
        activity.payload = {{QStringLiteral("campaignId"), campaignId},
                            {QStringLiteral("leadId"), lead.id},
                            {QStringLiteral("alreadyInCampaign"), alreadyInCampaign}};
        activity.occurredAt = now;
        if (storage::ActivityRepository(m_database).add(activity, error) == 0)
            return false;
    }
    if (!m_outbox.complete(transaction, op,
                           {{QStringLiteral("leadId"), lead.id},
                            {QStringLiteral("campaignId"), campaignId},
                            {QStringLiteral("alreadyInCampaign"), alreadyInCampaign}},
                           error))
        return false;
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    return true;
}

} // namespace prospector::sync

#pragma once

#include "sync/drainreport.h"
#include "sync/outboxfailurehandler.h"
#include "sync/outboxoperation.h"
#include "sync/servicedrain.h"

#include <QObject>
#include <functional>
#include <memory>

namespace prospector::storage {
class Database;
}
namespace prospector::lemlist {
class LemlistClient;
struct Lead;
} // namespace prospector::lemlist

namespace prospector::sync {

class Clock;
class OutboxRepository;

// Drains "lemlist/enroll_lead" operations (lemlist has no bulk add: one call per lead, paced by
// the client's 20 requests / 2 s limiter). For each operation, in order:
// 1. the prospect must not be suppressed, unsubscribed, bounced or do-not-contact at send time
//    (an unreadable suppression list refuses the send); otherwise the operation dies "suppressed";
// 2. an operation whose earlier outcome is unknown is resolved by reading the lead by e-mail:
//    already in the campaign = done, with its lead id; absent = safe to send;
// 3. the lead is added; "Lead already in the campaign" counts as success;
// 4. the lead id, stage (-> enrolled, never backwards) and a timeline entry are written back in
//    the transaction that completes the operation.
// Because the add is not idempotent, it is only ever sent when the effect is known to be absent.
class LemlistEnrollmentSync : public QObject, public ServiceDrain {
    Q_OBJECT
public:
    LemlistEnrollmentSync(const storage::Database &database, OutboxRepository &outbox,
                          lemlist::LemlistClient &client, const Clock &clock, QObject *parent = nullptr);
    ~LemlistEnrollmentSync() override;

    static constexpr int kBatchSize = 20; // one limiter window's worth per step

    QString service() const override { return QStringLiteral("lemlist"); }
    void drainBatch(std::function<void(const DrainReport &)> done) override;

private:
    struct Batch;
    void next(const std::shared_ptr<Batch> &batch);
    void reconcile(const std::shared_ptr<Batch> &batch, OutboxOperation op);
    void enroll(const std::shared_ptr<Batch> &batch, const OutboxOperation &op);
    // Suppression and flags at send time; false = the operation was finished here (dead or deferred).
    bool mayContact(const OutboxOperation &op, DrainReport &report);
    bool writeBack(const OutboxOperation &op, const lemlist::Lead &lead, bool alreadyInCampaign,
                   QString *error);

    const storage::Database &m_database;
    OutboxRepository &m_outbox;
    lemlist::LemlistClient &m_client;
    const Clock &m_clock;
    OutboxFailureHandler m_failures;
};

} // namespace prospector::sync

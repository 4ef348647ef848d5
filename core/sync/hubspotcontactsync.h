#pragma once

#include "sync/drainreport.h"
#include "sync/hubspotcontactstore.h"
#include "sync/outboxfailurehandler.h"
#include "sync/outboxoperation.h"
#include "sync/servicedrain.h"

#include <QObject>
#include <functional>
#include <memory>

namespace prospector::storage {
class Database;
}
namespace prospector::hubspot {
class HubSpotClient;
struct CrmObject;
} // namespace prospector::hubspot
namespace prospector::net {
struct ApiError;
}

namespace prospector::sync {

class Clock;
class OutboxRepository;

// Drains "hubspot/upsert_contact" operations, one batch of up to 100 (the API maximum) per call,
// several batches in flight (setMaxBatchesInFlight) so the rate limiter's window stays full:
// 1. claims due operations and reads their local state (last-synced values, company id);
// 2. one batch read by e-mail for the contacts that need HubSpot's current values: those synced
//    before (the conflict rule needs them) and those whose earlier outcome is unknown (the read
//    settles it before anything is resent);
// 3. one batch create (objectWriteTraceIds, so failures are per input) for the contacts HubSpot
//    does not have, associated with their company in the same call when its id is known; an
//    e-mail that exists already (CONFLICT) is read and merged like a synced contact. HubSpot
//    refuses a second contact with the same e-mail, so a contact is never created twice;
// 4. one batch update for what the conflict rule (HubSpotConflictRule) sends;
// 5. writes everything back in one transaction (HubSpotContactStore).
// Results are matched to operations by e-mail or id, never by position; an operation no
// response names becomes "unknown" and is read next time. Failures follow OutboxDecision.
// Runs on the thread of the HubSpotClient's HttpClient.
class HubSpotContactSync : public QObject, public ServiceDrain {
    Q_OBJECT
public:
    using Report = DrainReport;

    HubSpotContactSync(const storage::Database &database, OutboxRepository &outbox,
                       hubspot::HubSpotClient &client, const Clock &clock, QObject *parent = nullptr);
    ~HubSpotContactSync() override;

    static constexpr int kBatchSize = 100;

    QString service() const override { return QStringLiteral("hubspot"); }
    QString kind() const override { return QStringLiteral("upsert_contact"); }
    int maxBatchesInFlight() const override { return m_maxBatchesInFlight; }
    void setMaxBatchesInFlight(int batches) { m_maxBatchesInFlight = std::max(1, batches); }
    void drainBatch(std::function<void(const DrainReport &)> done) override;

private:
    struct Batch;
    struct Item;
    void readCurrent(const std::shared_ptr<Batch> &batch);
    void createMissing(const std::shared_ptr<Batch> &batch);
    void readExisting(const std::shared_ptr<Batch> &batch);
    void updateChanged(const std::shared_ptr<Batch> &batch);
    void finish(const std::shared_ptr<Batch> &batch);
    // HubSpot has this contact: decide what to send with the conflict rule.
    void settle(const std::shared_ptr<Batch> &batch, const std::shared_ptr<Item> &item,
                const hubspot::CrmObject &contact, bool useBaseline);

    const storage::Database &m_database;
    OutboxRepository &m_outbox;
    hubspot::HubSpotClient &m_client;
    const Clock &m_clock;
    OutboxFailureHandler m_failures;
    HubSpotContactStore m_store;
    int m_maxBatchesInFlight = 1;
};

} // namespace prospector::sync

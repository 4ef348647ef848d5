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

// Drains "hubspot/upsert_contact" operations one batch (<= 100, the API maximum) at a time:
// 1. claims due operations;
// 2. for each whose earlier outcome is unknown, reads the contact by e-mail first: found or not,
//    the effect is now known, and since the upsert is keyed by e-mail a resend can never create a
//    second contact (it only brings the newest data);
// 3. sends one batch upsert and matches results to operations by e-mail, never by position;
// 4. writes each result back in one transaction with the outbox completion: HubSpot id,
//    sync state, stage (-> synced, never backwards) and a timeline entry.
// Failures follow OutboxDecision. Runs on the thread of the HubSpotClient's HttpClient.
class HubSpotContactSync : public QObject, public ServiceDrain {
    Q_OBJECT
public:
    using Report = DrainReport;

    HubSpotContactSync(const storage::Database &database, OutboxRepository &outbox,
                       hubspot::HubSpotClient &client, const Clock &clock, QObject *parent = nullptr);
    ~HubSpotContactSync() override;

    static constexpr int kBatchSize = 100;

    // Processes one batch; `done` runs once (asynchronously when anything was claimed).
    QString service() const override { return QStringLiteral("hubspot"); }
    void drainBatch(std::function<void(const DrainReport &)> done) override;

private:
    struct Batch;
    void reconcileNext(const std::shared_ptr<Batch> &batch);
    void send(const std::shared_ptr<Batch> &batch);
    bool writeBack(const OutboxOperation &op, const hubspot::CrmObject &contact, QString *error);

    const storage::Database &m_database;
    OutboxRepository &m_outbox;
    hubspot::HubSpotClient &m_client;
    const Clock &m_clock;
    OutboxFailureHandler m_failures;
};

} // namespace prospector::sync

#pragma once

#include "sync/drainreport.h"
#include "sync/hubspotcompanystore.h"
#include "sync/outboxfailurehandler.h"
#include "sync/servicedrain.h"

#include <QObject>
#include <functional>
#include <memory>

namespace prospector::hubspot {
class HubSpotClient;
}

namespace prospector::sync {

class Clock;
class OutboxRepository;

// Drains "hubspot/upsert_company" operations (key hubspot:upsert-company:<domain>), up to 100
// domains per batch. HubSpot has no unique company domain, so there is no upsert by domain:
// 1. one search (domain IN ..., oldest first) finds the companies HubSpot already has; when a
//    domain has several records, the oldest is the one Prospector uses. HubSpot's record is left
//    as it is (it is the system of record);
// 2. one batch create (objectWriteTraceIds) for the domains it does not have;
// 3. the ids and record links are written back (HubSpotCompanyStore).
// Exactly once: a create whose outcome is unknown is resolved by the same search before any
// resend. Search is eventually consistent, so a domain missing from it is only believed missing
// once it was missing for searchSettleMs (the first miss postpones the operation): only then is
// it created. The contacts of the domain wait for this operation (outbox dependency).
class HubSpotCompanySync : public QObject, public ServiceDrain {
    Q_OBJECT
public:
    HubSpotCompanySync(const storage::Database &database, OutboxRepository &outbox,
                       hubspot::HubSpotClient &client, const Clock &clock, QObject *parent = nullptr);
    ~HubSpotCompanySync() override;

    static constexpr int kBatchSize = 100;
    static constexpr qint64 kDefaultSearchSettleMs = 30'000;

    QString service() const override { return QStringLiteral("hubspot"); }
    QString kind() const override { return QStringLiteral("upsert_company"); }
    void setSearchSettleMs(qint64 ms) { m_settleMs = ms; }
    void drainBatch(std::function<void(const DrainReport &)> done) override;

private:
    struct Batch;
    void search(const std::shared_ptr<Batch> &batch, const QString &after);
    void decide(const std::shared_ptr<Batch> &batch);
    void create(const std::shared_ptr<Batch> &batch);
    void finish(const std::shared_ptr<Batch> &batch);

    OutboxRepository &m_outbox;
    hubspot::HubSpotClient &m_client;
    const Clock &m_clock;
    OutboxFailureHandler m_failures;
    HubSpotCompanyStore m_store;
    qint64 m_settleMs = kDefaultSearchSettleMs;
};

} // namespace prospector::sync

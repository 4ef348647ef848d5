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

// Drains "hubspot/associate_contact_company" operations (key hubspot:associate:<email>:<domain>):
// the unlabelled contact -> company association, for contacts that exist in HubSpot but were not
// created with it (synced before their company, or found already there). Up to 100 pairs per
// v4 batch call. Associating is idempotent, yet an unknown outcome is still settled by a batch
// read of the contacts' associations before anything is sent again.
class HubSpotAssociationSync : public QObject, public ServiceDrain {
    Q_OBJECT
public:
    HubSpotAssociationSync(const storage::Database &database, OutboxRepository &outbox,
                           hubspot::HubSpotClient &client, const Clock &clock, QObject *parent = nullptr);
    ~HubSpotAssociationSync() override;

    static constexpr int kBatchSize = 100;

    QString service() const override { return QStringLiteral("hubspot"); }
    QString kind() const override { return QStringLiteral("associate_contact_company"); }
    void drainBatch(std::function<void(const DrainReport &)> done) override;

private:
    struct Batch;
    void reconcile(const std::shared_ptr<Batch> &batch);
    void associate(const std::shared_ptr<Batch> &batch);
    void finish(const std::shared_ptr<Batch> &batch);

    OutboxRepository &m_outbox;
    hubspot::HubSpotClient &m_client;
    OutboxFailureHandler m_failures;
    HubSpotCompanyStore m_store;
};

} // namespace prospector::sync

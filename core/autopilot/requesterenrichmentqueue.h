#pragma once

#include "autopilot/enrichmentqueue.h"

namespace prospector::storage {
class Database;
}
namespace prospector::sync {
class Clock;
class OutboxRepository;
} // namespace prospector::sync

namespace prospector::autopilot {

// The enrich step through sync::EnrichmentRequester (the same queueing as the Enrich action and
// `prospector enrich`): one explorium operation per prospect, one per company domain, inside
// the run's transaction. A prospect enriched within the cache lifetime is a cache hit (nothing
// queued, no credits); one already waiting keeps its operation, which the run waits for too.
class RequesterEnrichmentQueue final : public EnrichmentQueue {
public:
    RequesterEnrichmentQueue(const storage::Database &database, const sync::Clock &clock);
    ~RequesterEnrichmentQueue() override;

    bool isAvailable() const override { return true; }
    bool queue(sync::Transaction &transaction, const QList<qint64> &prospectIds, QList<Item> *items,
               QString *error) override;

private:
    const storage::Database &m_database;
    const sync::Clock &m_clock;
};

} // namespace prospector::autopilot

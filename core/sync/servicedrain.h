#pragma once

#include "sync/drainreport.h"

#include <QString>
#include <functional>

namespace prospector::sync {

// One kind of outbox work of one service that the SyncEngine can drain a batch at a time.
class ServiceDrain {
public:
    virtual ~ServiceDrain() = default;
    virtual QString service() const = 0; // hubspot | lemlist | explorium
    // The outbox kind this drain claims; empty = every kind of the service.
    virtual QString kind() const { return {}; }
    // How many batches may be in flight at once. More than one keeps the service's rate limiter
    // busy while responses travel and results are written back, so every slot of its window is
    // used. Each batch must claim its operations synchronously, at the start of drainBatch().
    virtual int maxBatchesInFlight() const { return 1; }
    // Claims and processes one batch; `done` runs exactly once. An empty claim reports idle().
    virtual void drainBatch(std::function<void(const DrainReport &)> done) = 0;
};

} // namespace prospector::sync

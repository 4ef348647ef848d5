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
    // Claims and processes one batch; `done` runs exactly once. An empty claim reports idle().
    virtual void drainBatch(std::function<void(const DrainReport &)> done) = 0;
};

} // namespace prospector::sync

#pragma once

#include "sync/outboxoperation.h"

#include <QList>
#include <QString>

namespace prospector::sync {
class Transaction;
}

namespace prospector::autopilot {

// The enrich step's seam onto the Explorium enrichment of core/sync: queue enrichment for some
// prospects through the outbox, inside the run's transaction (so the run's audit record and the
// operation are committed together). The operations are then drained like the others.
class EnrichmentQueue {
public:
    struct Item {
        qint64 prospectId = 0;
        // queued | already_present (the same effect was requested before) | cache_hit (applied
        // from the cache at once, no operation, no credits) | skipped (detail says why)
        QString outcome;
        QString detail;
        sync::OutboxOperation operation; // id > 0 when an operation stands for this prospect
    };

    virtual ~EnrichmentQueue() = default;
    // False when this build cannot enrich (the step is then skipped with a reason).
    virtual bool isAvailable() const = 0;
    virtual bool queue(sync::Transaction &transaction, const QList<qint64> &prospectIds, QList<Item> *items,
                       QString *error) = 0;
};

// Used until the Explorium drain is wired in.
class NoEnrichment final : public EnrichmentQueue {
public:
    bool isAvailable() const override { return false; }
    bool queue(sync::Transaction &, const QList<qint64> &, QList<Item> *, QString *) override {
        return false;
    }
};

} // namespace prospector::autopilot

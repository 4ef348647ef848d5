#include "autopilot/requesterenrichmentqueue.h"

#include "autopilot/guardrails.h"
#include "sync/enrichmentrequester.h"
#include "sync/outboxrepository.h"
#include "sync/retryschedule.h"

namespace prospector::autopilot {

RequesterEnrichmentQueue::RequesterEnrichmentQueue(const storage::Database &database,
                                                   const sync::Clock &clock)
    : m_database(database)
    , m_clock(clock) {}

RequesterEnrichmentQueue::~RequesterEnrichmentQueue() = default;

bool RequesterEnrichmentQueue::queue(sync::Transaction &transaction, const QList<qint64> &prospectIds,
                                     QList<Item> *items, QString *error) {
    const sync::RetrySchedule schedule;
    sync::OutboxRepository outbox(m_database, m_clock, schedule);
    sync::EnrichmentRequester requester(m_database, outbox, m_clock);
    sync::EnrichmentRequester::Report report;
    if (!requester.request(transaction, review::BulkTarget::ofIds(prospectIds), &report, error))
        return false;
    items->clear();
    for (const sync::EnrichmentRequester::Report::Item &r : std::as_const(report.items)) {
        Item item;
        item.prospectId = r.prospectId;
        if (r.outcome == QLatin1String("queued") || r.outcome == QLatin1String("already_queued")) {
            item.outcome = r.outcome == QLatin1String("queued") ? QStringLiteral("queued")
                                                                : QStringLiteral("already_present");
            // The run's audit names the operation; read in the same transaction, so it is there.
            const auto op = outbox.get(r.operationId, error);
            if (!op)
                return false;
            item.operation = *op;
        } else if (r.outcome == QLatin1String("up_to_date")) {
            item.outcome = QStringLiteral("cache_hit");
        } else {
            item.outcome = QStringLiteral("skipped");
            item.detail = skip::cannotEnrich;
        }
        items->append(item);
    }
    return true;
}

} // namespace prospector::autopilot

#pragma once

#include "review/bulktarget.h"

#include <QList>
#include <QPair>
#include <QString>

namespace prospector::storage {
class Database;
}

namespace prospector::sync {

class Clock;
class OutboxRepository;
class Transaction;

// "Enrich" for the UI, the CLI and autopilot: queues Explorium enrichment for prospects (by ids
// or by a ProspectQuery, see review::BulkTarget) and their companies. No network here: the
// outbox operations are drained by ExploriumEnrichmentSync (SyncEngine service "explorium").
//
//   sync::EnrichmentRequester requester(database, outbox, clock);
//   sync::EnrichmentRequester::Report report;
//   requester.request(review::BulkTarget::ofIds({12, 13}), &report, &error);
//
// Per prospect one operation "explorium/enrich_prospect" keyed by its normalized e-mail (else its
// LinkedIn URL); per company domain one "explorium/enrich_company". A prospect needs an e-mail or
// a LinkedIn URL; one enriched within the cache lifetime (30 days) is skipped as up to date.
// An operation already waiting (queued, in flight, or failed in the dead letters) is kept as it
// is: asking twice never queues twice, and a failed paid call is retried only from the dead
// letters, where the rep sees what it may cost.
class EnrichmentRequester {
public:
    EnrichmentRequester(const storage::Database &database, OutboxRepository &outbox, const Clock &clock);

    struct Report {
        int queued = 0;          // prospects newly queued
        int companiesQueued = 0; // company domains newly queued
        int alreadyQueued = 0;   // prospects whose enrichment was already waiting (or is a dead letter)
        int upToDate = 0;        // enriched less than 30 days ago
        QList<QPair<qint64, QString>> skipped; // prospect id, translated reason

        // One entry per requested prospect (for audit trails such as autopilot's run report).
        struct Item {
            qint64 prospectId = 0;
            // queued | already_queued (waiting, in flight or a dead letter) | up_to_date | skipped
            QString outcome;
            QString detail;         // the translated reason when skipped
            qint64 operationId = 0; // the outbox operation standing for it (queued, already_queued)
        };
        QList<Item> items;
    };

    // Inside the caller's transaction, with the caller's own local change (the outbox rule: both
    // are committed or neither). False with *error on a database error; the caller rolls back.
    bool request(Transaction &transaction, const review::BulkTarget &target, Report *report,
                 QString *error = nullptr);
    // The same in a transaction of its own.
    bool request(const review::BulkTarget &target, Report *report, QString *error = nullptr);

private:
    const storage::Database &m_database;
    OutboxRepository &m_outbox;
    const Clock &m_clock;
};

} // namespace prospector::sync

#pragma once

#include <QString>
#include <QVariantMap>

namespace prospector::storage {
class Database;
}

namespace prospector::sync {

class Clock;
class OutboxRepository;

// What the Problems page does with a dead letter. Every action checks that the row is still dead
// (a row retried or discarded elsewhere is refused with a message, never touched twice).
//
// Edit and retry happens in two steps: the rep's corrections go to the prospect first (through
// review::ProspectEditor: validation, timeline, undo), then requeueFromProspect() queues the
// effect again from the prospect as it is now, the way "Sync" or "Enroll" would have:
//   HubSpot upsert  the request is made again; when the e-mail changed, the effect has a new
//                   key and the old dead row is discarded after the new one is queued;
//   lemlist enroll  same campaign; the dead row is retried with the new data, or (new e-mail)
//                   replaced by a new enrollment of that address;
//   enrichment      asked again through EnrichmentRequester: the same effect retries this row, a
//                   new one (another address) replaces it, one enriched meanwhile discards it;
//   anything else   the dead row is retried as it was.
// A crash between the steps loses nothing: the correction is saved and the row is still dead.
class DeadLetterActions {
public:
    DeadLetterActions(const storage::Database &database, OutboxRepository &outbox, const Clock &clock);

    struct Result {
        bool ok = false;
        QString error; // translated
    };

    Result retry(qint64 operationId);
    // The effect is abandoned; a prospect marked "queued" for it goes back to what it was.
    Result discard(qint64 operationId);
    Result requeueFromProspect(qint64 operationId);
    // For a dead letter whose prospect is gone: retry with corrected payload fields (prospect
    // field names: email, firstName, lastName, title, companyName, phone, website).
    Result retryWithFields(qint64 operationId, const QVariantMap &fields);

private:
    const storage::Database &m_database;
    OutboxRepository &m_outbox;
    const Clock &m_clock;
};

} // namespace prospector::sync

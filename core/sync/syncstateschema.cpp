#include "sync/syncstateschema.h"

namespace prospector::sync {

// sync_state: 'local' (never asked), 'queued' (SyncRequester), 'synced' (HubSpotContactSync's
// write-back), and 'error' (its operation is a dead letter). The requester and the drain write
// their states themselves; these triggers add the transitions that happen in the outbox alone.
// They fire only for HubSpot contact rows of a prospect, and leave updated_at alone: the rep
// did not edit the prospect.
storage::Migration syncStateSchemaMigration() {
    storage::Migration m;
    m.version = 14;
    m.description = QStringLiteral("sync state follows the HubSpot contact's dead letters");
    m.statements = {
        QStringLiteral(R"(CREATE TRIGGER outbox_contact_dead AFTER UPDATE OF state ON outbox
            WHEN new.state = 'dead' AND old.state <> 'dead' AND new.service = 'hubspot'
                 AND new.kind = 'upsert_contact' AND new.prospect_id IS NOT NULL
            BEGIN
                UPDATE prospects SET sync_state = 'error' WHERE id = new.prospect_id;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER outbox_contact_revived AFTER UPDATE OF state ON outbox
            WHEN old.state = 'dead' AND new.state IN ('queued', 'unknown') AND new.service = 'hubspot'
                 AND new.kind = 'upsert_contact' AND new.prospect_id IS NOT NULL
            BEGIN
                UPDATE prospects SET sync_state = 'queued' WHERE id = new.prospect_id;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER outbox_contact_discarded AFTER DELETE ON outbox
            WHEN old.state = 'dead' AND old.service = 'hubspot' AND old.kind = 'upsert_contact'
                 AND old.prospect_id IS NOT NULL
            BEGIN
                UPDATE prospects SET sync_state = CASE WHEN hubspot_id IS NULL THEN 'local' ELSE 'synced' END
                WHERE id = old.prospect_id AND sync_state IN ('queued', 'error');
            END)"),
        // Dead letters from before this version.
        QStringLiteral(R"(UPDATE prospects SET sync_state = 'error' WHERE id IN
            (SELECT prospect_id FROM outbox WHERE state = 'dead' AND service = 'hubspot'
             AND kind = 'upsert_contact' AND prospect_id IS NOT NULL))"),
    };
    return m;
}

} // namespace prospector::sync

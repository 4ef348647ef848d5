#pragma once

#include "hubspot/hubspottypes.h"
#include "sync/hubspotconflictrule.h"
#include "sync/outboxoperation.h"

#include <QHash>
#include <QList>
#include <optional>

namespace prospector::storage {
class Database;
}

namespace prospector::sync {

class Clock;
class OutboxRepository;

// What Prospector knows locally about the contact of one "hubspot/upsert_contact" operation.
struct ContactSyncState {
    std::optional<hubspot::Properties> baseline; // last-synced values; none before the first sync
    QString hubspotId;                           // from the last sync ("" = never synced from here)
    QString associatedDomain;                    // company domain it is associated with in HubSpot
    QString companyDomain;                       // the prospect's company domain (normalized)
    QString companyId;                           // that company's HubSpot id, "" when not synced yet
};

// One contact whose HubSpot state is settled, ready to be written back.
struct ContactWriteBack {
    OutboxOperation op;
    ContactSyncState state;
    hubspot::CrmObject contact; // as HubSpot holds it now (after our write)
    ContactMergePlan plan;
    bool created = false;          // we created it in this sync
    bool associatedInline = false; // created with its company association
};

// The database side of HubSpotContactSync: reads each operation's local state, and writes the
// settled contacts back in ONE transaction (a contact whose claim was lost is left out; any
// other error rolls the whole batch back): HubSpot id and record link, "synced" state and stage, HubSpot's values where
// they won (HubSpotConflictRule), the new last-synced values, conflicts with a timeline entry
// each, the sync's own timeline entry, the association operation when the contact is not yet
// associated with its company, and the outbox completion.
class HubSpotContactStore {
public:
    HubSpotContactStore(const storage::Database &database, OutboxRepository &outbox, const Clock &clock);

    // The local state of every operation of a batch, by operation id (two queries per batch).
    std::optional<QHash<qint64, ContactSyncState>> load(const QList<OutboxOperation> &ops,
                                                        QString *error = nullptr) const;

    // Returns the ids of the operations that could not be written (their claim was lost or the
    // database failed; `error` tells the last reason). All others are done.
    QList<qint64> writeBack(const QList<ContactWriteBack> &contacts, int *conflicts,
                            QString *error = nullptr);

private:
    const storage::Database &m_database;
    OutboxRepository &m_outbox;
    const Clock &m_clock;
};

} // namespace prospector::sync

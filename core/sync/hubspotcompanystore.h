#pragma once

#include "hubspot/hubspottypes.h"
#include "sync/outboxoperation.h"

#include <QList>

namespace prospector::storage {
class Database;
}

namespace prospector::sync {

class Clock;
class OutboxRepository;

// One company whose HubSpot record is known, ready to be written back.
struct CompanyWriteBack {
    OutboxOperation op;
    QString domain;
    hubspot::CrmObject company;
    bool created = false; // we created it (else it existed: HubSpot's record is kept as it is)
};

// The database side of HubSpotCompanySync and HubSpotAssociationSync, each write-back in one
// transaction with a savepoint per item.
class HubSpotCompanyStore {
public:
    HubSpotCompanyStore(const storage::Database &database, OutboxRepository &outbox, const Clock &clock);

    // Per company: its HubSpot id and record link (hubspot_companies, and companies.hubspot_id
    // where the row exists), a timeline entry for every prospect of that domain being synced,
    // an association operation for each of its contacts already in HubSpot but not associated,
    // and the outbox completion. Returns the ids of the operations not written.
    QList<qint64> writeCompanies(const QList<CompanyWriteBack> &companies, QString *error = nullptr);

    // The HubSpot ids an association operation links: contact (by prospect) and company (by
    // domain); empty when not known locally.
    QPair<QString, QString> associationIds(const OutboxOperation &op, QString *error = nullptr) const;
    // The association exists in HubSpot: remember it, timeline entry, outbox completion.
    QList<qint64> writeAssociations(const QList<OutboxOperation> &ops, QString *error = nullptr);

private:
    const storage::Database &m_database;
    OutboxRepository &m_outbox;
    const Clock &m_clock;
};

} // namespace prospector::sync

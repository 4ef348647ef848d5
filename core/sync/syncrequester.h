#pragma once

#include "storage/prospect.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace prospector::storage {
class Database;
}

namespace prospector::sync {

class Clock;
class OutboxRepository;

// The local side of "Sync to HubSpot" and "Enroll in lemlist": validates each prospect, marks it
// queued and writes its outbox operation in the same transaction, so a crash can never leave a
// prospect marked without its operation or the reverse. No network here.
class SyncRequester {
public:
    SyncRequester(const storage::Database &database, OutboxRepository &outbox, const Clock &clock);

    struct Report {
        int queued = 0;
        int alreadyQueued = 0;                 // same effect already in the outbox (enrollment: ever)
        QList<QPair<qint64, QString>> skipped; // prospect id, reason
        // The outbox rows that carry the request (new or already there), e.g. for SyncHost::watch.
        QList<qint64> operationIds;
    };

    // Upsert by e-mail; newer local data refreshes a pending operation. A prospect with a company
    // domain also queues its company (once per domain, never refreshed: HubSpot owns the company
    // record once it exists) and its contact waits for it, to be created already associated.
    bool requestHubSpotSync(const QList<qint64> &prospectIds, Report *report, QString *error = nullptr);
    // At most once per campaign and address. Refuses suppressed, unsubscribed, bounced and
    // do-not-contact prospects; a suppression check that fails refuses the whole request.
    bool requestEnrollment(const QString &campaignId, const QList<qint64> &prospectIds, Report *report,
                           QString *error = nullptr);

    // Payloads, built from the prospect at request time (the outbox keeps what was asked for).
    static QJsonObject hubspotPayload(const storage::Prospect &prospect);
    static QJsonObject hubspotCompanyPayload(const storage::Prospect &prospect);
    static QJsonObject lemlistPayload(const QString &campaignId, const storage::Prospect &prospect);

private:
    const storage::Database &m_database;
    OutboxRepository &m_outbox;
    const Clock &m_clock;
};

} // namespace prospector::sync

#pragma once

#include "sync/drainreport.h"
#include "sync/syncstatus.h"

#include <QList>

namespace prospector::net {
class ServiceConnection;
}
namespace prospector::storage {
class Database;
}

namespace prospector::sync {

class Clock;

// Builds the status snapshot SyncHost publishes: the outbox's counts (read here, on the calling
// thread's connection), plus what only the network side knows about each service.
class SyncStatusReader {
public:
    struct Service {
        QString service;
        bool busy = false; // a batch in progress
        QString pauseKind; // "" | no_token | refused | stopped
        QString pauseReason;
        DrainReport session;                          // since the host started
        net::ServiceConnection *connection = nullptr; // limiter, breaker (may be null); only read
    };

    SyncStatusReader(const storage::Database &database, const Clock &clock);

    // A failed read leaves the counts at zero and says why in `error`; the rest is still filled.
    SyncStatus read(bool running, bool online, const QList<Service> &services,
                    QString *error = nullptr) const;

private:
    const storage::Database &m_database;
    const Clock &m_clock;
};

} // namespace prospector::sync

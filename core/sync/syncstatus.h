#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace prospector::sync {

// One service as the Sync activity panel, the dashboard and the Problems page see it. A value
// type: the engine host builds it on its network thread and hands copies to the GUI by queued
// signals. Timestamps are Unix epoch milliseconds (UTC); -1 means "not known".
struct ServiceSyncStatus {
    QString service; // hubspot | lemlist | explorium
    // Outbox rows now, whoever queued them.
    int queued = 0;
    int inFlight = 0;
    int unknown = 0; // sent, outcome being checked remotely before anything is resent
    int dead = 0;    // on the Problems page
    // Since the engine host started.
    int sessionDone = 0;
    int sessionFailed = 0;
    int currentBatch = 0; // operations claimed by the batch in progress (0 = none)
    bool busy = false;
    // Requests held back by the rate limiter, and until when it holds them all.
    int rateLimitQueued = 0;
    qint64 rateLimitedUntil = -1;
    // The earliest time a waiting operation may be tried (a retry later, Retry-After...).
    qint64 nextAttemptAt = -1;
    QString circuit = QStringLiteral("closed"); // closed | open | half_open
    qint64 circuitRetryAt = -1;                 // when an open breaker lets a probe through
    bool paused = false;
    bool needsToken = false; // paused because no token is stored, or the stored one was refused
    QString pauseKind;       // "" | no_token | refused
    QString pauseReason;
    // From the service's rate-limit headers (X-HubSpot-RateLimit-*, X-RateLimit-*); -1 = unknown.
    int windowLimit = -1;
    int windowRemaining = -1;
    int dailyLimit = -1;
    int dailyRemaining = -1;
    // Explorium only: credits spent in the budget window and what the budget leaves (-1 unknown).
    qint64 creditsUsed = -1;
    qint64 creditsLeft = -1;

    int waiting() const { return queued + inFlight + unknown; }
    // Nothing in flight and nothing due now (work may wait for a later retry).
    bool idle() const { return !busy && inFlight == 0; }
};

struct SyncStatus {
    bool running = false;
    bool online = true;
    QList<ServiceSyncStatus> services;

    int waiting() const {
        int n = 0;
        for (const ServiceSyncStatus &s : services)
            n += s.waiting();
        return n;
    }
    int dead() const {
        int n = 0;
        for (const ServiceSyncStatus &s : services)
            n += s.dead;
        return n;
    }
    const ServiceSyncStatus *find(const QString &service) const {
        for (const ServiceSyncStatus &s : services)
            if (s.service == service)
                return &s;
        return nullptr;
    }
};

// What became of a watched set of operations (SyncHost::watch): every one is done, dead or gone.
struct SettledOperations {
    int done = 0;
    int dead = 0;
    int missing = 0; // not in the outbox: a dead letter the rep discarded, or a key never queued
    QList<qint64> deadIds;
};

} // namespace prospector::sync

Q_DECLARE_METATYPE(prospector::sync::ServiceSyncStatus)
Q_DECLARE_METATYPE(prospector::sync::SyncStatus)
Q_DECLARE_METATYPE(prospector::sync::SettledOperations)

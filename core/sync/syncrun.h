#pragma once

#include "net/service.h"
#include "sync/clock.h"
#include "sync/drainreport.h"
#include "sync/retryschedule.h"
#include "sync/servicehttpclients.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <functional>
#include <memory>

namespace prospector::storage {
class Database;
}
namespace prospector::hubspot {
class HubSpotClient;
}
namespace prospector::lemlist {
class LemlistClient;
}
namespace prospector::explorium {
class ExploriumClient;
}

namespace prospector::sync {

class OutboxRepository;
class ServiceDrain;
class NetworkMonitor;
class SyncEngine;

// Everything one headless run needs, built on the calling thread: one ServiceConnection per
// service (rate limits from Settings, circuit breaker, retries), the service drains (HubSpot
// companies, contacts and associations; lemlist enrollments), the outbox and the engine. It
// drains the chosen services until nothing is left, or until what is left waits longer than
// maxWaitMs (a retry far in the future, a paused service), and then reports. Used by the CLI
// commands and bench/sync.
class SyncRun : public QObject {
    Q_OBJECT
public:
    using TokenProvider = std::function<QString(net::Service)>;

    // The defaults are the CLI's; tests and benchmarks shorten what would make them slow.
    struct Options {
        RetryConfig retries{2'000, 60'000, 8}; // between-drain retries: a command ends in minutes
        ServiceHttpClients::Options http;
        // HubSpot contact batches in flight at once: enough to keep the 100 / 10 s window full
        // while responses travel and results are written back.
        int hubspotBatchesInFlight = 8;
        qint64 companySearchSettleMs = 30'000; // see HubSpotCompanySync
        // After failures that look like no network, probe again this soon (a command waits).
        int offlineProbeIntervalMs = 5'000;
    };

    SyncRun(const storage::Database &database, TokenProvider tokens, QObject *parent = nullptr);
    SyncRun(const storage::Database &database, TokenProvider tokens, Options options,
            QObject *parent = nullptr);
    ~SyncRun() override;

    void setMaxWaitMs(qint64 ms) { m_maxWaitMs = ms; }
    // Starts draining "hubspot", "lemlist" and/or "explorium" (enrichment); finished() follows
    // exactly once. A service that pauses (auth failure, credit budget reached) ends the run with
    // the reason; its work stays in the outbox.
    void start(const QStringList &services);
    // Work of the chosen services still in the outbox (queued, in flight or unknown).
    int remaining() const;
    int deadLetters() const;
    OutboxRepository &outbox() { return *m_outbox; }
    const Clock &clock() const { return m_clock; }
    // The connections the run talks through (for health output and tests).
    ServiceHttpClients &connections() { return *m_http; }

Q_SIGNALS:
    void progress(const QString &service, const prospector::sync::DrainReport &batch, int remaining);
    void finished(const prospector::sync::DrainReport &totals, int remaining, const QString &stopReason);

private:
    void checkDone();

    const storage::Database &m_database;
    TokenProvider m_tokens;
    Options m_options;
    SystemClock m_clock;
    RetrySchedule m_schedule;
    std::unique_ptr<OutboxRepository> m_outbox;
    std::unique_ptr<ServiceHttpClients> m_http;
    std::unique_ptr<hubspot::HubSpotClient> m_hubspot;
    std::unique_ptr<lemlist::LemlistClient> m_lemlist;
    std::unique_ptr<explorium::ExploriumClient> m_explorium;
    std::vector<std::unique_ptr<ServiceDrain>> m_drains;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<NetworkMonitor> m_monitor;
    QStringList m_services;
    QString m_stopReason;
    qint64 m_maxWaitMs = 120'000;
    bool m_finished = false;
    QTimer m_offlineTimer;
    QElapsedTimer m_remainingClock;
    int m_lastRemaining = 0;
};

} // namespace prospector::sync

#pragma once

#include "lemlist/lemlisttypes.h"
#include "net/service.h"
#include "net/serviceconnection.h"
#include "sync/clock.h"
#include "sync/drainreport.h"
#include "sync/retryschedule.h"
#include "sync/syncstatus.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <optional>

namespace prospector::storage {
class Database;
}

namespace prospector::sync {

class OutboxRepository;
class SyncHostWorker;

// The pipeline inside the running app. It owns a dedicated network thread on which the HTTP
// clients (one net::ServiceConnection per service: rate limiter, circuit breaker, HttpClient and
// its QNetworkAccessManager), the service drains and the SyncEngine are created and live; the
// engine drains the outbox continuously for as long as the app runs. Everything here is called
// from the GUI thread; results come back by queued signals or on a caller-given context.
//
//   start()              builds the network side and starts draining (in-flight rows a killed
//                        process left are checked remotely first)
//   submit()             runs outbox work (queueing with its local change in one transaction, dead
//                        letter retry/discard...) on one database worker, in order, then wakes the
//                        engine: the GUI thread never waits for SQLite
//   watch()/watchKeys()  "tell me when these operations have settled": operationsSettled(ticket)
//                        follows once every one of them is done, dead or gone
//   statusChanged        snapshots for the activity panel, dashboard health and Problems page
//   stop()               on quit: no new batch starts; the batch in flight may finish (the safe
//                        point) within the shutdown grace; whatever is still in flight after it
//                        is resolved by a remote read on the next start, never resent blindly
//
// Waiting for work to settle (autopilot's steps): queue inside submit(), keep the operation ids the
// requester reports (SyncRequester::Report::operationIds, or the idempotency keys), then watch:
//
//   host.submit<SyncRequester::Report>(
//       [ids](OutboxRepository &outbox, const Clock &clock) {
//           SyncRequester::Report report;
//           SyncRequester(outbox.database(), outbox, clock).requestHubSpotSync(ids, &report);
//           return report;
//       },
//       this, [this](const SyncRequester::Report &report) { m_ticket = host.watch(report.operationIds); });
//   connect(&host, &SyncHost::operationsSettled, this, [this](quint64 ticket, const SettledOperations &r) {
//       if (ticket == m_ticket) ... // r.done, r.dead (+ r.deadIds), r.missing
//   });
//
// A watch settles once each operation is done, dead or gone (discarded); an operation that waits
// for a retry much later, or for a paused service, keeps it open — status() says why.
//
// Tokens: a service without a token is paused ("needs a token") instead of sending requests that
// must fail; a refused token pauses it too (its operations go to the dead letters with "auth").
// tokenChanged() after a new token is saved resumes the service and re-queues those dead letters.
//
// Offline: the engine pauses on failure detection by itself and probes again; with
// followSystemNetwork the OS's QNetworkInformation reachability also pauses and resumes it, and
// setNetworkReachable() lets a composition root feed any other source.
class SyncHost : public QObject {
    Q_OBJECT
public:
    using TokenProvider = std::function<QString(net::Service)>;

    struct Options {
        // Called on the network thread, for every request: must be thread-safe (see TokenBox).
        TokenProvider tokens;
        RetryConfig retry;
        int offlineProbeIntervalMs = 30'000;
        int statusIntervalMs = 250;
        int shutdownGraceMs = 5'000;
        bool followSystemNetwork = true;
        // Adjusts a service's connection (limit from Settings already applied); tests shorten
        // retries and the breaker's open period here.
        std::function<void(net::Service, net::ServiceConnection::Options &)> tuneConnection;
        int requestTimeoutCapMs = 0; // 0 = the clients' own per-operation deadlines
    };

    SyncHost(const storage::Database &database, Options options, QObject *parent = nullptr);
    ~SyncHost() override;

    void start();
    bool isRunning() const { return m_running; }
    // Asks the engine to stop at its next safe point; stopped() follows once the thread ended.
    void requestStop();
    // requestStop() and wait for the network thread to end (bounded by the shutdown grace).
    void stop();

    const storage::Database &database() const { return m_database; }
    const Clock &clock() const { return m_clock; }
    SyncStatus status() const { return m_status; }

    // Runs `work` on the database worker (one job at a time, in submission order) with the outbox,
    // then wakes the engine and re-reads the watches. `done` runs on the GUI thread with the
    // result, unless `context` is gone by then.
    template <typename Result>
    void submit(std::function<Result(OutboxRepository &outbox, const Clock &clock)> work, QObject *context,
                std::function<void(const Result &)> done) {
        auto result = std::make_shared<Result>();
        submitJob([work = std::move(work), result](OutboxRepository &outbox,
                                                   const Clock &clock) { *result = work(outbox, clock); },
                  context,
                  [done = std::move(done), result] {
                      if (done)
                          done(*result);
                  });
    }

    void wake();
    // The rep's "Resume" (e.g. after fixing permissions in HubSpot): dead letters that failed on
    // auth or permission are queued again.
    void resumeService(const QString &service);
    // A token was saved or removed for the service: resumes it (re-queueing its auth dead
    // letters) when there is a token now, pauses it when there is none.
    void tokenChanged(net::Service service);
    void setNetworkReachable(bool reachable);

    quint64 watch(const QList<qint64> &operationIds);
    quint64 watchKeys(const QStringList &idempotencyKeys);

    // The lemlist account's campaigns (all pages), through the rate-limited client; `done` runs on
    // the GUI thread unless `context` is gone.
    void listCampaigns(QObject *context,
                       std::function<void(const QList<lemlist::Campaign> &, const QString &error)> done);

Q_SIGNALS:
    void statusChanged(const prospector::sync::SyncStatus &status);
    void operationsSettled(quint64 ticket, const prospector::sync::SettledOperations &result);
    void batchFinished(const QString &service, const prospector::sync::DrainReport &report);
    // Outbox rows changed (a batch finished, work was queued, a dead letter retried or
    // discarded): per-prospect sync states and the dead letters may have changed.
    void outboxChanged();
    void stopped();

private:
    void submitJob(std::function<void(OutboxRepository &, const Clock &)> work, QObject *context,
                   std::function<void()> done);
    void followSystemNetwork();
    template <typename Fn>
    void onWorker(Fn fn);

    const storage::Database &m_database;
    Options m_options;
    SystemClock m_clock;
    RetrySchedule m_schedule;
    std::unique_ptr<OutboxRepository> m_outbox;
    QThread m_thread;
    QPointer<SyncHostWorker> m_worker;
    QThreadPool m_writer;
    SyncStatus m_status;
    quint64 m_nextTicket = 1;
    bool m_running = false;
};

} // namespace prospector::sync

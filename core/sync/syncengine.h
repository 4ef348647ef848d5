#pragma once

#include "sync/drainreport.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace prospector::sync {

class Clock;
class OutboxRepository;
class ServiceDrain;

// Drains the outbox through the services' drains: each drain (one kind of work of one service)
// keeps up to its maxBatchesInFlight() batches going, services and kinds side by side, each
// service behind its own rate limiter. It lives on the thread that owns the network
// clients (a worker thread in the app, the main thread in the CLI); results come back to the UI by
// queued signals.
//
// On start, rows a killed process left in flight become "unknown" (resolved by a remote read
// before any resend). A service whose batch fails on auth/permission is paused until resumed.
// When a batch fails only on network errors the engine considers itself offline: it stops
// draining and probes again later, or resumes at once when setOnline(true) is called (wired to
// QNetworkInformation by NetworkMonitor). Nothing is lost meanwhile: the work waits in the outbox.
class SyncEngine : public QObject {
    Q_OBJECT
public:
    SyncEngine(OutboxRepository &outbox, const Clock &clock, QList<ServiceDrain *> drains,
               QObject *parent = nullptr);

    bool start(QString *error = nullptr);
    // No new batch starts; a batch in progress finishes and records its results (the safe point).
    void stop();
    bool isRunning() const { return m_running; }
    bool isBusy() const;
    // New work was queued: look for due operations now instead of at the next scheduled wake-up.
    void wake() { pump(); }

    void setOnline(bool online);
    bool isOnline() const { return m_online; }
    void pauseService(const QString &service, const QString &reason);
    void resumeService(const QString &service);
    bool isPaused(const QString &service) const { return m_paused.contains(service); }

    // How long to wait before probing again after going offline by failure detection.
    void setOfflineProbeIntervalMs(int ms) { m_probeIntervalMs = ms; }
    const DrainReport &totals() const { return m_totals; }

Q_SIGNALS:
    void batchFinished(const QString &service, const prospector::sync::DrainReport &report);
    void servicePaused(const QString &service, const QString &reason);
    void onlineChanged(bool online);
    // Nothing is due now in any running service (work may still wait for a later attempt).
    void idle();

private:
    void pump();
    void onBatchDone(ServiceDrain *drain, const DrainReport &report, quint64 successesBefore);
    void scheduleWakeUp();
    qint64 nextDueAt(const ServiceDrain *drain) const;

    OutboxRepository &m_outbox;
    const Clock &m_clock;
    QList<ServiceDrain *> m_drains;
    QHash<ServiceDrain *, int> m_inFlight; // batches started and not finished, per drain
    // Drains whose last claim came back empty although work looked due (a database error, or
    // work another process took): left alone until the next wake-up, so the engine never spins.
    QSet<ServiceDrain *> m_stalled;
    QHash<QString, QString> m_paused; // service -> reason
    bool m_running = false;
    bool m_online = true;
    bool m_pumpQueued = false;
    int m_probeIntervalMs = 30'000;
    QTimer m_wakeUp;
    QTimer m_probe;
    DrainReport m_totals;
    quint64 m_successes = 0; // batches that completed work, ever
};

} // namespace prospector::sync

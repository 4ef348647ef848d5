#include "sync/syncengine.h"

#include "sync/clock.h"
#include "sync/outboxrepository.h"
#include "sync/servicedrain.h"

#include <QLoggingCategory>
#include <QPointer>
#include <algorithm>

Q_LOGGING_CATEGORY(lcSyncEngine, "prospector.sync.engine", QtInfoMsg)

namespace prospector::sync {

namespace {
constexpr qint64 kMaxSleepMs = 60'000;
}

SyncEngine::SyncEngine(OutboxRepository &outbox, const Clock &clock, QList<ServiceDrain *> drains,
                       QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_clock(clock)
    , m_drains(std::move(drains)) {
    m_wakeUp.setSingleShot(true);
    connect(&m_wakeUp, &QTimer::timeout, this, &SyncEngine::pump);
    m_probe.setSingleShot(true);
    connect(&m_probe, &QTimer::timeout, this, [this] { setOnline(true); });
}

bool SyncEngine::start(QString *error) {
    const int recovered = m_outbox.recoverInterrupted(error);
    if (recovered < 0)
        return false;
    if (recovered > 0)
        qCInfo(lcSyncEngine) << recovered
                             << "operations were interrupted; they will be checked remotely first";
    m_running = true;
    pump();
    return true;
}

void SyncEngine::stop() {
    m_running = false;
    m_wakeUp.stop();
    m_probe.stop();
}

void SyncEngine::setOnline(bool online) {
    if (online == m_online)
        return;
    m_online = online;
    qCInfo(lcSyncEngine) << (online ? "online: resuming" : "offline: pausing");
    Q_EMIT onlineChanged(online);
    if (online) {
        m_probe.stop();
        pump();
    }
}

void SyncEngine::pauseService(const QString &service, const QString &reason) {
    m_paused.insert(service, reason);
    Q_EMIT servicePaused(service, reason);
}

void SyncEngine::resumeService(const QString &service) {
    if (m_paused.remove(service) > 0)
        pump();
}

void SyncEngine::pump() {
    if (!m_running || !m_online)
        return;
    const qint64 now = m_clock.nowMs();
    for (ServiceDrain *drain : std::as_const(m_drains)) {
        const QString service = drain->service();
        if (m_busy.contains(service) || m_paused.contains(service))
            continue;
        QString error;
        const qint64 due = m_outbox.nextDueAt(service, &error);
        if (!error.isEmpty()) {
            qCWarning(lcSyncEngine) << "cannot read the outbox:" << error;
            continue;
        }
        if (due <= 0 || due > now)
            continue;
        m_busy.insert(service);
        // The engine may be gone when a late callback arrives (shutdown): then it is ignored, and
        // the operations it covered are already recorded by the drain itself.
        drain->drainBatch([self = QPointer<SyncEngine>(this), drain](const DrainReport &report) {
            if (self)
                self->onBatchDone(drain, report);
        });
    }
    if (m_busy.isEmpty()) {
        scheduleWakeUp();
        Q_EMIT idle();
    }
}

void SyncEngine::onBatchDone(ServiceDrain *drain, const DrainReport &report) {
    const QString service = drain->service();
    m_busy.remove(service);
    m_totals += report;
    Q_EMIT batchFinished(service, report);
    if (report.pauseService)
        pauseService(service, report.pauseReason);
    if (report.claimed > 0 && report.completed == 0 && report.networkFailures == report.claimed && m_online) {
        setOnline(false);
        m_probe.start(m_probeIntervalMs);
    }
    if (report.claimed == 0) {
        // Due work that could not be claimed (e.g. a database error): do not spin on it.
        if (m_running)
            m_wakeUp.start(1000);
        return;
    }
    // Let the other services' callbacks run before the next round.
    if (!m_pumpQueued) {
        m_pumpQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_pumpQueued = false;
            pump();
        });
    }
}

void SyncEngine::scheduleWakeUp() {
    if (!m_running)
        return;
    qint64 earliest = 0;
    for (ServiceDrain *drain : std::as_const(m_drains)) {
        if (m_paused.contains(drain->service()))
            continue;
        const qint64 due = m_outbox.nextDueAt(drain->service());
        if (due > 0 && (earliest == 0 || due < earliest))
            earliest = due;
    }
    const qint64 delay =
        earliest > 0 ? std::clamp<qint64>(earliest - m_clock.nowMs(), 0, kMaxSleepMs) : kMaxSleepMs;
    m_wakeUp.start(int(delay));
}

} // namespace prospector::sync

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
    connect(&m_wakeUp, &QTimer::timeout, this, [this] {
        m_stalled.clear();
        pump();
    });
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
        m_stalled.clear();
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

bool SyncEngine::isBusy() const {
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        if (it.value() > 0)
            return true;
    return false;
}

qint64 SyncEngine::nextDueAt(const ServiceDrain *drain) const {
    QString error;
    const qint64 due = m_outbox.nextDueAt(drain->service(), drain->kind(), &error);
    if (!error.isEmpty()) {
        qCWarning(lcSyncEngine) << "cannot read the outbox:" << error;
        return 0;
    }
    return due;
}

void SyncEngine::pump() {
    if (!m_running || !m_online)
        return;
    for (ServiceDrain *drain : std::as_const(m_drains)) {
        if (m_paused.contains(drain->service()) || m_stalled.contains(drain))
            continue;
        // Each batch claims its work synchronously, so the next due time read after starting one
        // already excludes what it took: the loop starts batches only while work is left.
        while (m_running && m_online && !m_paused.contains(drain->service()) && !m_stalled.contains(drain) &&
               m_inFlight.value(drain) < std::max(1, drain->maxBatchesInFlight())) {
            const qint64 due = nextDueAt(drain);
            if (due <= 0 || due > m_clock.nowMs())
                break;
            ++m_inFlight[drain];
            // The engine may be gone when a late callback arrives (shutdown): then it is ignored, and
            // the operations it covered are already recorded by the drain itself.
            drain->drainBatch([self = QPointer<SyncEngine>(this), drain,
                               successesBefore = m_successes](const DrainReport &report) {
                if (self)
                    self->onBatchDone(drain, report, successesBefore);
            });
        }
    }
    if (!isBusy()) {
        scheduleWakeUp();
        Q_EMIT idle();
    }
}

void SyncEngine::onBatchDone(ServiceDrain *drain, const DrainReport &report, quint64 successesBefore) {
    const QString service = drain->service();
    m_inFlight[drain] = std::max(0, m_inFlight.value(drain) - 1);
    m_totals += report;
    if (report.completed > 0)
        ++m_successes;
    Q_EMIT batchFinished(service, report);
    if (report.pauseService)
        pauseService(service, report.pauseReason);
    // Only network failures, and no other batch got through meanwhile: the network is gone. (With
    // several batches in flight, one connection reset next to successes is just a fault.)
    if (report.claimed > 0 && report.completed == 0 && report.networkFailures == report.claimed &&
        m_successes == successesBefore && m_online) {
        setOnline(false);
        m_probe.start(m_probeIntervalMs);
    }
    if (report.claimed == 0) {
        // Due work that could not be claimed (e.g. a database error): do not spin on it.
        m_stalled.insert(drain);
        if (m_running && !m_wakeUp.isActive())
            m_wakeUp.start(1000);
    }
    // Let the other callbacks run before the next round.
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
        const qint64 due = nextDueAt(drain);
        if (due > 0 && (earliest == 0 || due < earliest))
            earliest = due;
    }
    qint64 delay =
        earliest > 0 ? std::clamp<qint64>(earliest - m_clock.nowMs(), 0, kMaxSleepMs) : kMaxSleepMs;
    if (!m_stalled.isEmpty())
        delay = std::max<qint64>(delay, 1000);
    m_wakeUp.start(int(delay));
}

} // namespace prospector::sync

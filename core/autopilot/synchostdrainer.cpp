#include "autopilot/synchostdrainer.h"

#include "sync/synchost.h"

#include <QCoreApplication>

namespace prospector::autopilot {

namespace {
constexpr int kDefaultMaxWaitMs = 120'000;
}

SyncHostDrainer::SyncHostDrainer(sync::SyncHost &host, QObject *parent)
    : QObject(parent)
    , m_host(host) {
    m_maxWait.setSingleShot(true);
    m_maxWait.setInterval(kDefaultMaxWaitMs);
    connect(&m_maxWait, &QTimer::timeout, this, &SyncHostDrainer::onTimeout);
    connect(&m_host, &sync::SyncHost::operationsSettled, this, &SyncHostDrainer::onSettled);
    connect(&m_host, &sync::SyncHost::statusChanged, this, &SyncHostDrainer::onStatus);
}

SyncHostDrainer::~SyncHostDrainer() = default;

bool SyncHostDrainer::supports(const QString &service) const {
    return service == QLatin1String("hubspot") || service == QLatin1String("lemlist") ||
           service == QLatin1String("explorium");
}

void SyncHostDrainer::drain(const QList<qint64> &operationIds, const QStringList &services,
                            std::function<void(const Result &)> done) {
    Result early;
    if (!m_host.isRunning()) {
        // A watch needs the host's worker; without it nothing would ever answer.
        early.stopReason = QCoreApplication::translate("Autopilot", "The sync engine is not running.");
    } else {
        for (const QString &service : services) {
            if (!supports(service)) {
                early.stopReason =
                    QCoreApplication::translate("Autopilot", "%1 operations cannot be sent by this version.")
                        .arg(service);
                break;
            }
        }
    }
    if (!early.stopReason.isEmpty() || operationIds.isEmpty()) {
        QTimer::singleShot(0, this, [done, early] { done(early); });
        return;
    }
    m_services = services;
    m_done = std::move(done);
    // The run queued these outside the host's worker: make it look at the outbox now.
    m_host.wake();
    m_ticket = m_host.watch(operationIds);
    m_maxWait.start();
    // A service already paused (no token) would keep the watch open: say so at once.
    const sync::SyncStatus status = m_host.status();
    QTimer::singleShot(0, this, [this, ticket = m_ticket, status] {
        if (ticket == m_ticket)
            onStatus(status);
    });
}

void SyncHostDrainer::onSettled(quint64 ticket, const sync::SettledOperations &) {
    // The run reads each operation's state (done or dead) from the outbox itself.
    if (ticket != 0 && ticket == m_ticket)
        finish({});
}

void SyncHostDrainer::onStatus(const sync::SyncStatus &status) {
    m_online = status.online;
    if (m_ticket == 0)
        return;
    Result result;
    for (const QString &service : std::as_const(m_services)) {
        const sync::ServiceSyncStatus *s = status.find(service);
        if (s && s->paused && !s->pauseKind.isEmpty())
            result.pausedServices.insert(service, s->pauseReason);
    }
    if (!result.pausedServices.isEmpty())
        finish(result);
}

void SyncHostDrainer::onTimeout() {
    if (m_ticket == 0)
        return;
    Result result;
    result.offline = !m_online;
    result.stopReason =
        m_online
            ? QCoreApplication::translate("Autopilot",
                                          "The writes were not settled in time; they stay queued and are "
                                          "sent when their retry is due.")
            : QCoreApplication::translate("Autopilot", "The services cannot be reached (offline).");
    finish(result);
}

void SyncHostDrainer::finish(const Result &result) {
    m_ticket = 0;
    m_maxWait.stop();
    auto done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(result);
}

void SyncHostDrainer::abort() {
    // The host keeps sending; the run, continued later, finds what settled in the outbox.
    m_ticket = 0;
    m_maxWait.stop();
    m_done = nullptr;
}

} // namespace prospector::autopilot

#include "sync/synchost.h"

#include "sync/networkmonitor.h"
#include "sync/outboxrepository.h"
#include "sync/synchostworker.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkInformation>

Q_DECLARE_LOGGING_CATEGORY(lcSyncHost)

namespace prospector::sync {

SyncHost::SyncHost(const storage::Database &database, Options options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_options(std::move(options))
    , m_schedule(m_options.retry)
    , m_outbox(std::make_unique<OutboxRepository>(database, m_clock, m_schedule)) {
    qRegisterMetaType<SyncStatus>();
    qRegisterMetaType<SettledOperations>();
    qRegisterMetaType<DrainReport>();
    // One writer: queued work and dead-letter actions apply in the order the rep asked for them.
    m_writer.setMaxThreadCount(1);
    m_thread.setObjectName(QStringLiteral("sync-network"));
}

SyncHost::~SyncHost() {
    stop();
    m_writer.waitForDone();
}

void SyncHost::start() {
    if (m_running)
        return;
    m_running = true;
    auto *worker = new SyncHostWorker(m_database, m_options);
    worker->moveToThread(&m_thread);
    m_worker = worker;
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SyncHostWorker::statusChanged, this, [this](const SyncStatus &status) {
        m_status = status;
        Q_EMIT statusChanged(status);
    });
    connect(worker, &SyncHostWorker::settled, this, &SyncHost::operationsSettled);
    connect(worker, &SyncHostWorker::batchFinished, this,
            [this](const QString &service, const DrainReport &report) {
                Q_EMIT batchFinished(service, report);
                Q_EMIT outboxChanged();
            });
    connect(&m_thread, &QThread::finished, this, [this] {
        m_running = false;
        Q_EMIT stopped();
    });
    m_thread.start();
    onWorker([](SyncHostWorker *w) { w->start(); });
    if (m_options.followSystemNetwork)
        followSystemNetwork();
}

void SyncHost::followSystemNetwork() {
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability) ||
        !QNetworkInformation::instance()) {
        qCInfo(lcSyncHost) << "no network information backend; offline is detected from failures only";
        return;
    }
    QNetworkInformation *info = QNetworkInformation::instance();
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                setNetworkReachable(!NetworkMonitor::isOffline(reachability));
            });
    if (NetworkMonitor::isOffline(info->reachability()))
        setNetworkReachable(false);
}

void SyncHost::requestStop() {
    if (!m_running || !m_worker)
        return;
    onWorker([](SyncHostWorker *w) { w->shutdown(); });
}

void SyncHost::stop() {
    if (!m_thread.isRunning())
        return;
    requestStop();
    // The worker ends its thread after the batch in flight, or after the shutdown grace.
    m_thread.wait();
    m_running = false;
}

template <typename Fn>
void SyncHost::onWorker(Fn fn) {
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker.data(),
        [worker = m_worker, fn] {
            if (worker)
                fn(worker.data());
        },
        Qt::QueuedConnection);
}

void SyncHost::submitJob(std::function<void(OutboxRepository &, const Clock &)> work, QObject *context,
                         std::function<void()> done) {
    QPointer<QObject> receiver(context);
    m_writer.start([this, work = std::move(work), receiver, done = std::move(done)] {
        work(*m_outbox, m_clock);
        // Back on the GUI thread, which alone touches m_worker and may test `receiver` safely
        // (this host outlives its writer: the destructor waits for it).
        QMetaObject::invokeMethod(
            this,
            [this, receiver, done] {
                onWorker([](SyncHostWorker *w) { w->outboxChanged(); });
                Q_EMIT outboxChanged();
                if (receiver && done)
                    done();
            },
            Qt::QueuedConnection);
    });
}

void SyncHost::wake() {
    onWorker([](SyncHostWorker *w) { w->wake(); });
}

void SyncHost::resumeService(const QString &service) {
    onWorker([service](SyncHostWorker *w) { w->resumeService(service); });
    Q_EMIT outboxChanged();
}

void SyncHost::tokenChanged(net::Service service) {
    const QString key = net::serviceKey(service);
    onWorker([key](SyncHostWorker *w) { w->tokenChanged(key); });
}

void SyncHost::setNetworkReachable(bool reachable) {
    onWorker([reachable](SyncHostWorker *w) { w->setOnline(reachable); });
}

quint64 SyncHost::watch(const QList<qint64> &operationIds) {
    const quint64 ticket = m_nextTicket++;
    onWorker([ticket, operationIds](SyncHostWorker *w) { w->watch(ticket, operationIds); });
    return ticket;
}

quint64 SyncHost::watchKeys(const QStringList &idempotencyKeys) {
    const quint64 ticket = m_nextTicket++;
    onWorker([ticket, idempotencyKeys](SyncHostWorker *w) { w->watchKeys(ticket, idempotencyKeys); });
    return ticket;
}

void SyncHost::listCampaigns(QObject *context,
                             std::function<void(const QList<lemlist::Campaign> &, const QString &)> done) {
    QPointer<QObject> receiver(context);
    if (!m_worker) {
        QMetaObject::invokeMethod(
            this,
            [receiver, done] {
                if (receiver && done)
                    done({}, QCoreApplication::translate("SyncHost", "The pipeline is not running."));
            },
            Qt::QueuedConnection);
        return;
    }
    // The answer comes back through this host (GUI thread), where `receiver` can be tested safely;
    // the host outlives its network thread.
    onWorker([this, receiver, done](SyncHostWorker *w) {
        w->listCampaigns(
            [this, receiver, done](const QList<lemlist::Campaign> &campaigns, const QString &error) {
                QMetaObject::invokeMethod(
                    this,
                    [receiver, done, campaigns, error] {
                        if (receiver && done)
                            done(campaigns, error);
                    },
                    Qt::QueuedConnection);
            });
    });
}

} // namespace prospector::sync

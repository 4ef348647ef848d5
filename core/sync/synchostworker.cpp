#include "sync/synchostworker.h"

#include "explorium/exploriumclient.h"
#include "hubspot/hubspotclient.h"
#include "integrations/servicesettings.h"
#include "lemlist/lemlistclient.h"
#include "net/clock.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "sync/exploriumenrichmentsync.h"
#include "sync/hubspotcontactsync.h"
#include "sync/lemlistenrollmentsync.h"
#include "sync/operationwatches.h"
#include "sync/outboxrepository.h"
#include "sync/servicedrain.h"
#include "sync/syncengine.h"
#include "sync/syncstatusreader.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>

Q_LOGGING_CATEGORY(lcSyncHost, "prospector.sync.host", QtInfoMsg)

namespace prospector::sync {
namespace {

constexpr int kHeartbeatMs = 1000;
constexpr int kCampaignPageSize = 100;
constexpr int kMaxCampaignPages = 20;
// A service stopped for a reason other than its token (e.g. the credit budget, which frees up as
// the rolling window moves) looks again this often by itself; Resume looks at once.
constexpr int kStoppedRetryMs = 15 * 60 * 1000;

const QStringList &hostedServices() {
    static const QStringList services = {QStringLiteral("hubspot"), QStringLiteral("lemlist"),
                                         QStringLiteral("explorium")};
    return services;
}

std::optional<net::Service> serviceOf(const QString &key) {
    for (net::Service service : {net::Service::HubSpot, net::Service::Lemlist, net::Service::Explorium})
        if (net::serviceKey(service) == key)
            return service;
    return std::nullopt;
}

// Tells the host which service has a batch in progress, which the engine keeps to itself.
class ObservedDrain final : public ServiceDrain {
public:
    ObservedDrain(std::unique_ptr<ServiceDrain> inner, std::function<void(const QString &, bool)> busy)
        : m_inner(std::move(inner))
        , m_busy(std::move(busy)) {}

    QString service() const override { return m_inner->service(); }
    void drainBatch(std::function<void(const DrainReport &)> done) override {
        m_busy(service(), true);
        m_inner->drainBatch([this, done = std::move(done)](const DrainReport &report) {
            m_busy(service(), false);
            done(report);
        });
    }

private:
    std::unique_ptr<ServiceDrain> m_inner;
    std::function<void(const QString &, bool)> m_busy;
};

} // namespace

SyncHostWorker::SyncHostWorker(const storage::Database &database, SyncHost::Options options)
    : m_database(database)
    , m_options(std::move(options))
    , m_schedule(m_options.retry) {}

SyncHostWorker::~SyncHostWorker() {
    teardown();
}

void SyncHostWorker::start() {
    m_outbox = std::make_unique<OutboxRepository>(m_database, m_clock, m_schedule);
    m_watches = std::make_unique<OperationWatches>(m_database);
    // Created here, on the network thread, like everything that talks to it.
    m_network = std::make_unique<QNetworkAccessManager>();
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(m_options.statusIntervalMs);
    connect(&m_statusTimer, &QTimer::timeout, this, &SyncHostWorker::publishStatus);
    m_heartbeat.setInterval(kHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &SyncHostWorker::scheduleStatus);
    m_shutdownTimer.setSingleShot(true);
    connect(&m_shutdownTimer, &QTimer::timeout, this,
            [this] {
                qCWarning(lcSyncHost)
                    << "a batch was still in flight at shutdown; it is checked remotely on the next start";
                teardown();
            });

    m_hubspot = std::make_unique<hubspot::HubSpotClient>(connectionFor(net::Service::HubSpot)->http());
    m_lemlist = std::make_unique<lemlist::LemlistClient>(connectionFor(net::Service::Lemlist)->http());
    m_explorium =
        std::make_unique<explorium::ExploriumClient>(connectionFor(net::Service::Explorium)->http());
    addDrain(std::make_unique<HubSpotContactSync>(m_database, *m_outbox, *m_hubspot, m_clock));
    addDrain(std::make_unique<LemlistEnrollmentSync>(m_database, *m_outbox, *m_lemlist, m_clock));
    addDrain(std::make_unique<ExploriumEnrichmentSync>(m_database, *m_outbox, *m_explorium, m_clock));

    QList<ServiceDrain *> drains;
    for (const auto &drain : m_drains)
        drains << drain.get();
    m_engine = std::make_unique<SyncEngine>(*m_outbox, m_clock, drains);
    m_engine->setOfflineProbeIntervalMs(m_options.offlineProbeIntervalMs);
    connect(m_engine.get(), &SyncEngine::batchFinished, this, &SyncHostWorker::onBatchFinished);
    // The kind of a drain's pause is recorded from its report (onBatchFinished, which comes first).
    connect(m_engine.get(), &SyncEngine::servicePaused, this, &SyncHostWorker::scheduleStatus);
    connect(m_engine.get(), &SyncEngine::onlineChanged, this, &SyncHostWorker::scheduleStatus);
    connect(m_engine.get(), &SyncEngine::idle, this, &SyncHostWorker::scheduleStatus);

    // Services without a token wait instead of collecting refusals.
    for (const auto &drain : m_drains)
        applyTokenState(drain->service(), false);
    QString error;
    if (!m_engine->start(&error))
        qCWarning(lcSyncHost) << "the sync engine could not start:" << error;
    m_heartbeat.start();
    publishStatus();
}

net::ServiceConnection *SyncHostWorker::connectionFor(net::Service service) {
    auto found = m_connections.find(service);
    if (found != m_connections.end())
        return found->second.get();
    storage::SettingsRepository settingsRepository(m_database);
    const integrations::ServiceSettings settings(settingsRepository);
    net::ServiceConnection::Options options = net::ServiceConnection::defaultOptions(service);
    options.limit = settings.rateLimit(service);
    if (m_options.tuneConnection)
        m_options.tuneConnection(service, options);
    net::ServiceEndpoint endpoint{service, settings.baseUrl(service), [tokens = m_options.tokens, service] {
                                      return tokens ? tokens(service) : QString();
                                  }};
    auto connection = std::make_unique<net::ServiceConnection>(endpoint, options, m_network.get(),
                                                               net::SystemClock::instance());
    if (m_options.requestTimeoutCapMs > 0)
        connection->http()->setTimeoutCapMs(m_options.requestTimeoutCapMs);
    connect(connection->limiter(), &net::RateLimiter::throttled, this, &SyncHostWorker::scheduleStatus);
    connect(connection->breaker(), &net::CircuitBreaker::stateChanged, this, &SyncHostWorker::scheduleStatus);
    net::ServiceConnection *raw = connection.get();
    m_connections.emplace(service, std::move(connection));
    return raw;
}

void SyncHostWorker::addDrain(std::unique_ptr<ServiceDrain> drain) {
    m_drains.push_back(
        std::make_unique<ObservedDrain>(std::move(drain), [this](const QString &service, bool busy) {
            m_busy[service] += busy ? 1 : -1;
            scheduleStatus();
        }));
}

void SyncHostWorker::onBatchFinished(const QString &service, const DrainReport &report) {
    m_session[service] += report;
    if (report.pauseService && m_pauseKind.value(service, PauseKind::None) == PauseKind::None) {
        const bool token = report.pauseKind == QLatin1String("token");
        m_pauseKind.insert(service, token ? PauseKind::Refused : PauseKind::Stopped);
        m_pauseReason.insert(service, report.pauseReason);
        if (!token)
            QTimer::singleShot(kStoppedRetryMs, this, [this, service] {
                if (m_pauseKind.value(service) == PauseKind::Stopped)
                    resumeService(service);
            });
    }
    Q_EMIT batchFinished(service, report);
    checkWatches();
    scheduleStatus();
    // Not from inside the engine's own callback: it still runs after this signal returns.
    if (m_stopping && m_engine && !m_engine->isBusy())
        QMetaObject::invokeMethod(this, &SyncHostWorker::teardown, Qt::QueuedConnection);
}

void SyncHostWorker::shutdown() {
    m_stopping = true;
    if (!m_engine || m_tornDown) {
        teardown();
        return;
    }
    m_engine->stop();
    if (!m_engine->isBusy()) {
        teardown();
        return;
    }
    qCInfo(lcSyncHost) << "waiting for the batch in flight before quitting";
    m_shutdownTimer.start(m_options.shutdownGraceMs);
}

void SyncHostWorker::teardown() {
    if (m_tornDown)
        return;
    m_tornDown = true;
    m_statusTimer.stop();
    m_heartbeat.stop();
    m_shutdownTimer.stop();
    if (m_engine)
        m_engine->stop();
    // Users before what they use: engine, drains, clients, connections, then the network manager.
    m_engine.reset();
    m_drains.clear();
    m_hubspot.reset();
    m_lemlist.reset();
    m_explorium.reset();
    m_connections.clear();
    m_network.reset();
    if (m_stopping) {
        Q_EMIT stopped();
        if (QThread *thread = QThread::currentThread(); thread != QCoreApplication::instance()->thread())
            thread->quit();
    }
}

void SyncHostWorker::wake() {
    if (m_engine && !m_stopping)
        m_engine->wake();
    scheduleStatus();
}

void SyncHostWorker::setOnline(bool online) {
    if (m_engine)
        m_engine->setOnline(online);
}

void SyncHostWorker::tokenChanged(const QString &service) {
    applyTokenState(service, true);
}

void SyncHostWorker::applyTokenState(const QString &service, bool tokenIsNew) {
    if (!m_engine)
        return;
    const auto which = serviceOf(service);
    const bool hasToken = which && m_options.tokens && !m_options.tokens(*which).isEmpty();
    const PauseKind kind = m_pauseKind.value(service, PauseKind::None);
    qCDebug(lcSyncHost) << service << (hasToken ? "has a token" : "has no token") << "paused:" << int(kind);
    if (!hasToken) {
        if (kind == PauseKind::None) {
            m_pauseKind.insert(service, PauseKind::NoToken);
            m_pauseReason.insert(service, QCoreApplication::translate("SyncHost", "No %1 token is stored.")
                                              .arg(which ? net::serviceDisplayName(*which) : service));
            m_engine->pauseService(service, m_pauseReason.value(service));
        }
        scheduleStatus();
        return;
    }
    if (kind == PauseKind::NoToken || (kind == PauseKind::Refused && tokenIsNew))
        resumeService(service);
}

void SyncHostWorker::resumeService(const QString &service) {
    const PauseKind kind = m_pauseKind.take(service);
    qCInfo(lcSyncHost) << "resuming" << service;
    m_pauseReason.remove(service);
    if (kind == PauseKind::Refused)
        requeueRefused(service);
    if (m_engine)
        m_engine->resumeService(service);
    checkWatches();
    scheduleStatus();
}

void SyncHostWorker::requeueRefused(const QString &service) {
    QString error;
    const QList<OutboxOperation> dead = m_outbox->deadLetters(service, 100'000, &error);
    if (!error.isEmpty())
        qCWarning(lcSyncHost) << "cannot read the dead letters:" << error;
    int requeued = 0;
    for (const OutboxOperation &op : dead) {
        if (op.failureKind != QLatin1String("auth") && op.failureKind != QLatin1String("permission"))
            continue;
        if (m_outbox->retryDead(op.id, std::nullopt, &error))
            ++requeued;
        else
            qCWarning(lcSyncHost) << "cannot re-queue a refused operation:" << error;
    }
    if (requeued > 0)
        qCInfo(lcSyncHost) << requeued << service << "operations refused on auth are queued again";
}

void SyncHostWorker::watch(quint64 ticket, const QList<qint64> &operationIds) {
    m_watches->add(ticket, operationIds);
    checkWatches();
}

void SyncHostWorker::watchKeys(quint64 ticket, const QStringList &keys) {
    QString error;
    if (!m_watches->addKeys(ticket, keys, &error))
        qCWarning(lcSyncHost) << "cannot resolve watched operations:" << error;
    checkWatches();
}

void SyncHostWorker::outboxChanged() {
    checkWatches();
    wake();
}

void SyncHostWorker::checkWatches() {
    if (!m_watches || m_watches->isEmpty())
        return;
    QString error;
    const auto settled = m_watches->check(&error);
    if (!error.isEmpty())
        qCWarning(lcSyncHost) << "cannot read watched operations:" << error;
    for (const auto &[ticket, result] : settled)
        Q_EMIT this->settled(ticket, result);
}

void SyncHostWorker::scheduleStatus() {
    if (!m_tornDown && m_outbox && !m_statusTimer.isActive())
        m_statusTimer.start();
}

void SyncHostWorker::publishStatus() {
    if (m_tornDown || !m_outbox)
        return;
    QList<SyncStatusReader::Service> services;
    for (const QString &service : hostedServices()) {
        SyncStatusReader::Service in;
        in.service = service;
        in.busy = m_busy.value(service) > 0;
        switch (m_pauseKind.value(service, PauseKind::None)) {
        case PauseKind::None:
            break;
        case PauseKind::NoToken:
            in.pauseKind = QStringLiteral("no_token");
            break;
        case PauseKind::Refused:
            in.pauseKind = QStringLiteral("refused");
            break;
        case PauseKind::Stopped:
            in.pauseKind = QStringLiteral("stopped");
            break;
        }
        in.pauseReason = m_pauseReason.value(service);
        in.session = m_session.value(service);
        if (const auto which = serviceOf(service)) {
            const auto found = m_connections.find(*which);
            if (found != m_connections.end())
                in.connection = found->second.get();
        }
        services << in;
    }
    QString error;
    const SyncStatus status =
        SyncStatusReader(m_database, m_clock)
            .read(m_engine && m_engine->isRunning(), !m_engine || m_engine->isOnline(), services, &error);
    if (!error.isEmpty())
        qCWarning(lcSyncHost) << "cannot count the outbox:" << error;
    Q_EMIT statusChanged(status);
}

void SyncHostWorker::listCampaigns(
    std::function<void(const QList<lemlist::Campaign> &, const QString &)> done) {
    if (!m_lemlist) {
        done({}, QCoreApplication::translate("SyncHost", "The pipeline is not running."));
        return;
    }
    fetchCampaignPage(0, std::make_shared<QList<lemlist::Campaign>>(), std::move(done));
}

void SyncHostWorker::fetchCampaignPage(
    int offset, std::shared_ptr<QList<lemlist::Campaign>> collected,
    std::function<void(const QList<lemlist::Campaign> &, const QString &)> done) {
    m_lemlist->listCampaigns(
        offset, kCampaignPageSize, this,
        [this, offset, collected, done = std::move(done)](const net::ApiResult<lemlist::CampaignPage> &r) {
            if (!r.ok()) {
                done(*collected, r.error.userMessage());
                return;
            }
            *collected << r.value.campaigns;
            const int next = offset + kCampaignPageSize;
            if (r.value.mayHaveMore && !r.value.campaigns.isEmpty() &&
                next < kCampaignPageSize * kMaxCampaignPages)
                fetchCampaignPage(next, collected, done);
            else
                done(*collected, {});
        });
}

} // namespace prospector::sync

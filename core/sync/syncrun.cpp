#include "sync/syncrun.h"

#include "explorium/exploriumclient.h"
#include "hubspot/hubspotclient.h"
#include "lemlist/lemlistclient.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "sync/exploriumenrichmentsync.h"
#include "sync/hubspotassociationsync.h"
#include "sync/hubspotcompanysync.h"
#include "sync/hubspotcontactsync.h"
#include "sync/lemlistenrollmentsync.h"
#include "sync/networkmonitor.h"
#include "sync/outboxrepository.h"
#include "sync/servicehttpclients.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimer>

namespace prospector::sync {

SyncRun::SyncRun(const storage::Database &database, TokenProvider tokens, QObject *parent)
    : SyncRun(database, std::move(tokens), Options{}, parent) {}

SyncRun::SyncRun(const storage::Database &database, TokenProvider tokens, Options options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_tokens(std::move(tokens))
    , m_options(std::move(options))
    , m_schedule(m_options.retries)
    , m_outbox(std::make_unique<OutboxRepository>(database, m_clock, m_schedule))
    , m_http(std::make_unique<ServiceHttpClients>(database, m_tokens, m_options.http)) {}

SyncRun::~SyncRun() {
    if (m_engine)
        m_engine->stop();
    m_drains.clear(); // before the clients they hold references to
}

void SyncRun::start(const QStringList &services) {
    m_services = services;
    QList<ServiceDrain *> drains;
    if (services.contains(QStringLiteral("hubspot"))) {
        m_hubspot = std::make_unique<hubspot::HubSpotClient>(m_http->client(net::Service::HubSpot));
        // Companies first: contacts wait for theirs (outbox dependency) to be created associated.
        auto companies = std::make_unique<HubSpotCompanySync>(m_database, *m_outbox, *m_hubspot, m_clock);
        companies->setSearchSettleMs(m_options.companySearchSettleMs);
        auto contacts = std::make_unique<HubSpotContactSync>(m_database, *m_outbox, *m_hubspot, m_clock);
        contacts->setMaxBatchesInFlight(m_options.hubspotBatchesInFlight);
        m_drains.push_back(std::move(companies));
        m_drains.push_back(std::move(contacts));
        m_drains.push_back(
            std::make_unique<HubSpotAssociationSync>(m_database, *m_outbox, *m_hubspot, m_clock));
        for (std::size_t i = m_drains.size() - 3; i < m_drains.size(); ++i)
            drains << m_drains.at(i).get();
    }
    if (services.contains(QStringLiteral("lemlist"))) {
        m_lemlist = std::make_unique<lemlist::LemlistClient>(m_http->client(net::Service::Lemlist));
        m_drains.push_back(
            std::make_unique<LemlistEnrollmentSync>(m_database, *m_outbox, *m_lemlist, m_clock));
        drains << m_drains.back().get();
    }
    if (services.contains(QStringLiteral("explorium"))) {
        m_explorium = std::make_unique<explorium::ExploriumClient>(m_http->client(net::Service::Explorium));
        m_drains.push_back(
            std::make_unique<ExploriumEnrichmentSync>(m_database, *m_outbox, *m_explorium, m_clock));
        drains << m_drains.back().get();
    }
    m_engine = std::make_unique<SyncEngine>(*m_outbox, m_clock, drains);
    m_engine->setOfflineProbeIntervalMs(m_options.offlineProbeIntervalMs);
    connect(m_engine.get(), &SyncEngine::batchFinished, this,
            [this](const QString &service, const DrainReport &report) {
                // Counting what is left costs a scan of the pending rows: at most twice a second.
                if (!m_remainingClock.isValid() || m_remainingClock.elapsed() >= 500) {
                    m_lastRemaining = remaining();
                    m_remainingClock.start();
                }
                Q_EMIT progress(service, report, m_lastRemaining);
            });
    connect(m_engine.get(), &SyncEngine::servicePaused, this,
            [this](const QString &service, const QString &reason) {
                m_stopReason = QCoreApplication::translate("SyncRun", "%1 paused: %2").arg(service, reason);
            });
    connect(m_engine.get(), &SyncEngine::idle, this, &SyncRun::checkDone);
    // Offline for longer than we are willing to wait: report what is left instead of hanging.
    m_offlineTimer.setSingleShot(true);
    connect(&m_offlineTimer, &QTimer::timeout, this, [this] {
        if (m_finished)
            return;
        m_finished = true;
        m_engine->stop();
        Q_EMIT finished(m_engine->totals(), remaining(),
                        QCoreApplication::translate("SyncRun", "offline: the services could not be reached"));
    });
    connect(m_engine.get(), &SyncEngine::onlineChanged, this, [this](bool online) {
        if (online)
            m_offlineTimer.stop();
        else
            m_offlineTimer.start(int(std::min<qint64>(m_maxWaitMs, 600'000)));
    });
    m_monitor = std::make_unique<NetworkMonitor>(*m_engine);
    m_monitor->start(); // without a backend, failure detection alone decides
    QString error;
    if (!m_engine->start(&error)) {
        m_stopReason = error;
        m_finished = true;
        QTimer::singleShot(0, this, [this] { Q_EMIT finished({}, remaining(), m_stopReason); });
    }
}

int SyncRun::remaining() const {
    int count = 0;
    for (const QString &service : m_services) {
        QSqlQuery query(m_database.connection());
        // Through the state index: only pending rows are visited, however many are done.
        if (storage::exec(query,
                          QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('queued', 'in_flight', "
                                         "'unknown') AND service = ?"),
                          {service}) &&
            query.next())
            count += query.value(0).toInt();
    }
    return count;
}

int SyncRun::deadLetters() const {
    int count = 0;
    for (const QString &service : m_services)
        count += m_outbox->countsByState(service).value(QStringLiteral("dead"));
    return count;
}

void SyncRun::checkDone() {
    if (m_finished || m_engine->isBusy())
        return;
    const int left = remaining();
    bool stop = left == 0 || !m_stopReason.isEmpty();
    if (!stop) {
        qint64 next = 0;
        for (const QString &service : std::as_const(m_services)) {
            if (m_engine->isPaused(service))
                continue;
            const qint64 due = m_outbox->nextDueAt(service);
            if (due > 0 && (next == 0 || due < next))
                next = due;
        }
        if (next == 0 || next - m_clock.nowMs() > m_maxWaitMs) {
            stop = true;
            m_stopReason = QCoreApplication::translate("SyncRun", "%n operation(s) wait for a later retry",
                                                       nullptr, left);
        }
    }
    if (!stop)
        return; // the engine wakes itself up when the next retry is due
    m_finished = true;
    m_engine->stop();
    Q_EMIT finished(m_engine->totals(), left, m_stopReason);
}

} // namespace prospector::sync

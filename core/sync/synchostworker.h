#pragma once

#include "sync/synchost.h"

#include <QHash>
#include <QTimer>
#include <map>
#include <vector>

class QNetworkAccessManager;

namespace prospector::explorium {
class ExploriumClient;
}
namespace prospector::hubspot {
class HubSpotClient;
}
namespace prospector::lemlist {
class LemlistClient;
}

namespace prospector::sync {

class OperationWatches;
class ServiceDrain;
class SyncEngine;

// The network-thread half of SyncHost. Constructed on the GUI thread with nothing but its
// settings, then moved to the network thread, where start() builds the connections, clients,
// drains and engine, so every QObject of the network side has that thread's affinity. SyncHost
// calls its methods only through queued invocations.
class SyncHostWorker : public QObject {
    Q_OBJECT
public:
    SyncHostWorker(const storage::Database &database, SyncHost::Options options);
    ~SyncHostWorker() override;

    void start();
    void shutdown();
    void wake();
    void setOnline(bool online);
    void tokenChanged(const QString &service);
    void resumeService(const QString &service);
    void watch(quint64 ticket, const QList<qint64> &operationIds);
    void watchKeys(quint64 ticket, const QStringList &keys);
    // Something else changed the outbox: re-read watches and status, look for due work.
    void outboxChanged();
    void listCampaigns(std::function<void(const QList<lemlist::Campaign> &, const QString &)> done);

Q_SIGNALS:
    void statusChanged(const prospector::sync::SyncStatus &status);
    void settled(quint64 ticket, const prospector::sync::SettledOperations &result);
    void batchFinished(const QString &service, const prospector::sync::DrainReport &report);
    void stopped();

private:
    // NoToken: nothing stored; Refused: the service refused the token (a new one resumes it);
    // Stopped: the drain stopped for another reason the rep can act on (a credit budget reached).
    enum class PauseKind { None, NoToken, Refused, Stopped };

    net::ServiceConnection *connectionFor(net::Service service);
    void addDrain(std::unique_ptr<ServiceDrain> drain);
    void onBatchFinished(const QString &service, const DrainReport &report);
    void applyTokenState(const QString &service, bool tokenIsNew);
    void requeueRefused(const QString &service);
    void checkWatches();
    void scheduleStatus();
    void publishStatus();
    ServiceSyncStatus serviceStatus(const QString &service,
                                    const QHash<QString, QHash<QString, int>> &counts);
    void teardown();
    void fetchCampaignPage(int offset, std::shared_ptr<QList<lemlist::Campaign>> collected,
                           std::function<void(const QList<lemlist::Campaign> &, const QString &)> done);

    const storage::Database &m_database;
    SyncHost::Options m_options;
    SystemClock m_clock;
    RetrySchedule m_schedule;
    std::unique_ptr<OutboxRepository> m_outbox;
    std::unique_ptr<OperationWatches> m_watches;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::map<net::Service, std::unique_ptr<net::ServiceConnection>> m_connections;
    std::unique_ptr<hubspot::HubSpotClient> m_hubspot;
    std::unique_ptr<lemlist::LemlistClient> m_lemlist;
    std::unique_ptr<explorium::ExploriumClient> m_explorium;
    std::vector<std::unique_ptr<ServiceDrain>> m_drains;
    std::unique_ptr<SyncEngine> m_engine;
    QHash<QString, int> m_busy; // batches in progress per service
    QHash<QString, DrainReport> m_session;
    QHash<QString, PauseKind> m_pauseKind;
    QHash<QString, QString> m_pauseReason;
    // Children, so moveToThread() takes them along to the network thread.
    QTimer m_statusTimer{this};
    QTimer m_heartbeat{this};
    QTimer m_shutdownTimer{this};
    bool m_stopping = false;
    bool m_tornDown = false;
};

} // namespace prospector::sync

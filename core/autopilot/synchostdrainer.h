#pragma once

#include "autopilot/operationdrainer.h"

#include <QObject>
#include <QTimer>

namespace prospector::sync {
class SyncHost;
struct SyncStatus;
struct SettledOperations;
} // namespace prospector::sync

namespace prospector::autopilot {

// The window's drainer: the in-app engine host sends the run's operations with everything else
// in the outbox; this waits for its "these operations have settled" answer (SyncHost::watch).
// A service the host pauses (no token, refused token) ends the wait at once with the reason;
// a wait that outlasts the maximum (offline, a retry far away) ends with why, and the
// operations stay queued for the host and for the run when it continues.
class SyncHostDrainer final : public QObject, public OperationDrainer {
    Q_OBJECT
public:
    explicit SyncHostDrainer(sync::SyncHost &host, QObject *parent = nullptr);
    ~SyncHostDrainer() override;

    void setMaxWaitMs(int ms) { m_maxWait.setInterval(ms); }

    void drain(const QList<qint64> &operationIds, const QStringList &services,
               std::function<void(const Result &)> done) override;
    bool supports(const QString &service) const override;
    void abort() override;

private:
    void onSettled(quint64 ticket, const sync::SettledOperations &settled);
    void onStatus(const sync::SyncStatus &status);
    void onTimeout();
    void finish(const Result &result);

    sync::SyncHost &m_host;
    QTimer m_maxWait;
    quint64 m_ticket = 0; // 0: no drain in progress
    QStringList m_services;
    std::function<void(const Result &)> m_done;
    bool m_online = true;
};

} // namespace prospector::autopilot

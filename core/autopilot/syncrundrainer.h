#pragma once

#include "autopilot/operationdrainer.h"
#include "sync/syncrun.h"

#include <QObject>
#include <memory>

namespace prospector::storage {
class Database;
}

namespace prospector::autopilot {

// Drains with a headless sync::SyncRun on the calling thread, one per drain() call: it sends
// everything due of the services (the run's operations among them) until nothing is left or
// what is left waits too long (offline, a paused service, a retry far away).
class SyncRunDrainer final : public QObject, public OperationDrainer {
    Q_OBJECT
public:
    SyncRunDrainer(const storage::Database &database, sync::SyncRun::TokenProvider tokens,
                   QObject *parent = nullptr);
    ~SyncRunDrainer() override;

    // How long a drain waits for retries and offline periods before it reports (ms).
    void setMaxWaitMs(qint64 ms) { m_maxWaitMs = ms; }

    void drain(const QList<qint64> &operationIds, const QStringList &services,
               std::function<void(const Result &)> done) override;
    bool supports(const QString &service) const override;
    void abort() override;

private:
    const storage::Database &m_database;
    sync::SyncRun::TokenProvider m_tokens;
    std::unique_ptr<sync::SyncRun> m_run;
    qint64 m_maxWaitMs = 120'000;
};

} // namespace prospector::autopilot

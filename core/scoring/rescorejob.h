#pragma once

#include "scoring/ruleset.h"

#include <QObject>
#include <QRunnable>
#include <atomic>

namespace prospector::storage {
class Database;
}

namespace prospector::scoring {

// Rescores every prospect with a rule set on a QThreadPool thread: reads and writes in batches
// (one transaction each, so the UI's reads are never blocked for long), reports progress,
// and stops between batches when cancelled. Only `score`, `score_reasons` and `tier` change;
// a tier override is left alone (it wins over the computed tier when shown).
// Signals are emitted from the worker thread: connect with queued connections.
class RescoreJob : public QObject, public QRunnable {
    Q_OBJECT

public:
    RescoreJob(const storage::Database &database, RuleSet ruleSet, int batchSize = 2000);

    void run() override;
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // `ok` false with `error` on failure; `cancelled` true when stopped early (batches done stay).
    void finished(bool ok, bool cancelled, qint64 rescored, const QString &error);

private:
    const storage::Database &m_database;
    RuleSet m_ruleSet;
    int m_batchSize;
    std::atomic_bool m_cancelled{false};
};

} // namespace prospector::scoring

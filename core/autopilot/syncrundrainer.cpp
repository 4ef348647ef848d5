#include "autopilot/syncrundrainer.h"

#include "integrations/services.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace prospector::autopilot {

SyncRunDrainer::SyncRunDrainer(const storage::Database &database, sync::SyncRun::TokenProvider tokens,
                               QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_tokens(std::move(tokens)) {}

SyncRunDrainer::~SyncRunDrainer() = default;

bool SyncRunDrainer::supports(const QString &service) const {
    return service == QLatin1String("hubspot") || service == QLatin1String("lemlist") ||
           service == QLatin1String("explorium");
}

void SyncRunDrainer::drain(const QList<qint64> &, const QStringList &services,
                           std::function<void(const Result &)> done) {
    auto result = std::make_shared<Result>();
    for (const QString &service : services) {
        const auto known = integrations::serviceFromKey(service);
        // No token: nothing is sent (it could only be refused and land in the dead letters);
        // the operations wait in the outbox and the run asks for a token.
        if (known && m_tokens && m_tokens(*known).isEmpty()) {
            result->pausedServices.insert(
                service, QCoreApplication::translate("Autopilot", "no token is stored for %1")
                             .arg(net::serviceDisplayName(*known)));
            QTimer::singleShot(0, this, [done, result] { done(*result); });
            return;
        }
        if (!supports(service)) {
            result->stopReason =
                QCoreApplication::translate("Autopilot", "%1 operations cannot be sent by this version.")
                    .arg(service);
            QTimer::singleShot(0, this, [done, result] { done(*result); });
            return;
        }
    }
    // A previous SyncRun may still be unwinding inside its own signal: delete it later.
    if (m_run)
        m_run.release()->deleteLater();
    m_run = std::make_unique<sync::SyncRun>(m_database, m_tokens);
    m_run->setMaxWaitMs(m_maxWaitMs);
    connect(m_run.get(), &sync::SyncRun::progress, this,
            [result](const QString &service, const sync::DrainReport &batch, int) {
                if (batch.pauseService)
                    result->pausedServices.insert(service, batch.pauseReason);
            });
    connect(m_run.get(), &sync::SyncRun::finished, this,
            [result, done](const sync::DrainReport &totals, int remaining, const QString &stopReason) {
                if (remaining > 0) {
                    result->stopReason = stopReason;
                    result->offline = totals.networkFailures > 0 && totals.completed == 0 &&
                                      result->pausedServices.isEmpty();
                }
                done(*result);
            });
    // From the event loop, so finished() never fires inside drain().
    QTimer::singleShot(0, m_run.get(), [run = QPointer<sync::SyncRun>(m_run.get()), services] {
        if (run)
            run->start(services);
    });
}

void SyncRunDrainer::abort() {
    // Destroying the SyncRun stops its engine; a batch already sent is resolved from the outbox
    // (in flight -> unknown -> read back remotely) by whoever drains next.
    if (m_run)
        m_run.release()->deleteLater();
}

} // namespace prospector::autopilot

#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace prospector::autopilot {

// How a run waits for the external writes it queued. The run queues a batch of outbox
// operations, then asks the drainer to get them settled (done or dead) before it queues the
// next batch, which is what makes "between batches" a safe point for the kill switch.
// Implementations: SyncRunDrainer (a headless sync::SyncRun, the command line) and, in the app,
// an adapter over the in-app engine host.
class OperationDrainer {
public:
    struct Result {
        // Services the engine paused (auth or permission failure) -> the reason, translated.
        QHash<QString, QString> pausedServices;
        bool offline = false; // the services could not be reached
        // Why draining stopped before everything settled (translated); empty when it did not.
        QString stopReason;
    };

    virtual ~OperationDrainer() = default;
    // Sends the operations (of `services`: hubspot, lemlist, explorium) and calls `done` once,
    // when each one is settled or when draining cannot go on; the caller then reads the
    // operations' states from the outbox. `done` is called on the caller's thread, never
    // synchronously from inside drain().
    virtual void drain(const QList<qint64> &operationIds, const QStringList &services,
                       std::function<void(const Result &)> done) = 0;
    // Whether operations of this service can be drained at all (e.g. Explorium needs its drain).
    virtual bool supports(const QString &service) const = 0;
    // Stop now (the app quits): `done` is not called. Whatever was in flight is resolved from
    // the outbox by whoever drains next (in flight -> unknown -> read back before any resend).
    virtual void abort() = 0;
};

} // namespace prospector::autopilot

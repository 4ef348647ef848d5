#include "sync/syncstatusreader.h"

#include "net/clock.h"
#include "net/serviceconnection.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "sync/clock.h"
#include "sync/enrichmentstatus.h"

#include <QDateTime>
#include <QSqlQuery>

namespace prospector::sync {
namespace {

// Monotonic net-clock milliseconds to wall-clock epoch milliseconds, for the GUI.
qint64 toEpoch(qint64 netMs) {
    return QDateTime::currentMSecsSinceEpoch() + (netMs - net::SystemClock::instance()->nowMs());
}

QString circuitName(net::CircuitBreaker::State state) {
    switch (state) {
    case net::CircuitBreaker::State::Closed:
        return QStringLiteral("closed");
    case net::CircuitBreaker::State::Open:
        return QStringLiteral("open");
    case net::CircuitBreaker::State::HalfOpen:
        return QStringLiteral("half_open");
    }
    return {};
}

void addConnection(net::ServiceConnection &connection, ServiceSyncStatus &s) {
    const net::RateLimiter *limiter = connection.limiter();
    s.rateLimitQueued = limiter->queued();
    if (limiter->pausedUntilMs() > net::SystemClock::instance()->nowMs())
        s.rateLimitedUntil = toEpoch(limiter->pausedUntilMs());
    const net::RateLimiter::ServerQuota quota = limiter->serverQuota();
    s.windowLimit = quota.windowLimit;
    s.windowRemaining = quota.windowRemaining;
    s.dailyLimit = quota.dailyLimit;
    s.dailyRemaining = quota.dailyRemaining;
    const net::CircuitBreaker *breaker = connection.breaker();
    s.circuit = circuitName(breaker->state());
    if (breaker->state() == net::CircuitBreaker::State::Open)
        s.circuitRetryAt = QDateTime::currentMSecsSinceEpoch() + breaker->msUntilHalfOpen();
}

} // namespace

SyncStatusReader::SyncStatusReader(const storage::Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock) {}

SyncStatus SyncStatusReader::read(bool running, bool online, const QList<Service> &services,
                                  QString *error) const {
    // Done rows pile up over the years; only the states the panel counts are read.
    QHash<QString, QHash<QString, int>> counts;
    QHash<QString, qint64> nextDue;
    QSqlQuery query(m_database.connection());
    if (storage::exec(query,
                      QStringLiteral("SELECT service, state, count(*), min(next_attempt_at) FROM outbox "
                                     "WHERE state IN ('queued', 'in_flight', 'unknown', 'dead') "
                                     "GROUP BY service, state"),
                      {}, error)) {
        while (query.next()) {
            const QString service = query.value(0).toString();
            const QString state = query.value(1).toString();
            counts[service].insert(state, query.value(2).toInt());
            if (state == QLatin1String("queued") || state == QLatin1String("unknown")) {
                const qint64 due = query.value(3).toLongLong();
                if (due > 0 && (!nextDue.contains(service) || due < nextDue.value(service)))
                    nextDue.insert(service, due);
            }
        }
    }

    SyncStatus status;
    status.running = running;
    status.online = online;
    for (const Service &in : services) {
        ServiceSyncStatus s;
        s.service = in.service;
        const QHash<QString, int> states = counts.value(in.service);
        s.queued = states.value(QStringLiteral("queued"));
        s.inFlight = states.value(QStringLiteral("in_flight"));
        s.unknown = states.value(QStringLiteral("unknown"));
        s.dead = states.value(QStringLiteral("dead"));
        s.currentBatch = s.inFlight;
        s.busy = in.busy;
        s.sessionDone = in.session.completed;
        s.sessionFailed = in.session.dead;
        s.nextAttemptAt = nextDue.value(in.service, -1);
        s.paused = !in.pauseKind.isEmpty();
        s.pauseKind = in.pauseKind;
        s.needsToken = in.pauseKind == QLatin1String("no_token") || in.pauseKind == QLatin1String("refused");
        s.pauseReason = in.pauseReason;
        if (in.connection)
            addConnection(*in.connection, s);
        if (in.service == QLatin1String("explorium")) {
            if (const auto budget = EnrichmentStatusReader(m_database, m_clock).budget()) {
                s.creditsUsed = budget->used;
                s.creditsLeft = budget->left;
            }
        }
        status.services << s;
    }
    return status;
}

} // namespace prospector::sync

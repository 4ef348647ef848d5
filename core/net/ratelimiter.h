#pragma once

#include "net/clock.h"
#include "net/ratelimit.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <deque>
#include <functional>
#include <set>

namespace prospector::net {

// Queues requests so that no rolling window ever holds more than the configured number of
// grants, and learns from the server: X-HubSpot-RateLimit-* and X-RateLimit-* lower the
// effective limit or pause until the window resets; Retry-After pauses outright. It never fails a
// request - it only delays it. One instance per service (and per separately limited endpoint
// family, e.g. HubSpot search). Lives on one thread; grants run on that thread.
class RateLimiter final : public QObject {
    Q_OBJECT
    Q_PROPERTY(int queued READ queued NOTIFY queuedChanged)
public:
    RateLimiter(QString name, RateLimit limit, Clock *clock, QObject *parent = nullptr);

    using Ticket = quint64;

    // Runs grant once a slot is free (synchronously if one is free now). Dropped silently when
    // context is destroyed first. The slot counts from the moment of the grant.
    void acquire(QObject *context, std::function<void()> grant);
    // Like acquire(), but the slot stays occupied until release(ticket) and then for a whole
    // window after it. The server counts a request when it arrives, which is some time after our
    // grant; counting from the response (which is certainly later) keeps every server-side window
    // under the limit whatever the latency. Every ticket must be released exactly once.
    void acquireTicket(QObject *context, std::function<void(Ticket)> grant);
    void release(Ticket ticket);

    // Feeds back a response's headers (lower-case names) and status. sentAtMs (our clock) is when
    // the request went out, if known: the server's count describes its window then or a little
    // later, which may still hold requests of ours that have left our window since.
    void observe(int httpStatus, const QHash<QByteArray, QByteArray> &headers, qint64 sentAtMs = -1);
    // Pauses all grants for ms (e.g. a 429's Retry-After the error mapper already parsed).
    void pauseFor(qint64 ms);

    void setLimit(RateLimit limit);
    RateLimit configuredLimit() const { return m_configured; }
    int effectiveMaxRequests() const;
    // The rolling window grants are counted over: the server's (HubSpot announces it in
    // X-HubSpot-RateLimit-Interval-Milliseconds) once known, else the configured one.
    qint64 windowMs() const { return m_serverWindowMs > 0 ? m_serverWindowMs : m_configured.windowMs; }
    int queued() const { return int(m_waiting.size()); }
    int grantedInWindow() const; // includes requests still in flight
    int inFlight() const { return int(m_outstanding.size()); }
    qint64 pausedUntilMs() const { return m_pausedUntil; }
    QString name() const { return m_name; }

    // What the server last said about its limits in its rate-limit headers, for the quota meters
    // of the health panel; -1 where it has not said (yet, or ever).
    struct ServerQuota {
        int windowLimit = -1;
        int windowRemaining = -1;
        int dailyLimit = -1;
        int dailyRemaining = -1;
    };
    ServerQuota serverQuota() const { return m_quota; }

Q_SIGNALS:
    void queuedChanged();
    // The limiter is holding requests back (the UI can say "waiting for HubSpot rate limit").
    void throttled(qint64 waitMs);

private:
    struct Waiter {
        QPointer<QObject> context;
        std::function<void(Ticket)> grant;
        bool ticketed = false;
    };
    void drain();
    qint64 nextFreeInMs();
    void prune();
    void rollDay();
    void scheduleWake(qint64 delayMs);
    void observeHubSpot(const QHash<QByteArray, QByteArray> &headers, qint64 sentAtMs);
    void observeGeneric(const QHash<QByteArray, QByteArray> &headers, qint64 sentAtMs);
    // Our requests that left our window after sentAtMs - window: an answer to a request sent at
    // sentAtMs may still count them, so they are not taken for other clients' requests.
    int leftWindowSince(qint64 sentAtMs) const;

    QString m_name;
    RateLimit m_configured;
    Clock *m_clock;
    std::multiset<qint64> m_stamps;  // slot times inside the current window (completed or unticketed)
    std::deque<qint64> m_leftWindow; // slot times pruned from m_stamps lately, oldest first
    QSet<Ticket> m_outstanding;      // ticketed grants not yet released: they occupy a slot
    Ticket m_nextTicket = 1;
    std::deque<Waiter> m_waiting;
    int m_serverMax = 0;         // limit announced by the server, 0 = unknown
    qint64 m_serverWindowMs = 0; // window announced by the server, 0 = unknown
    ServerQuota m_quota;
    qint64 m_pausedUntil = 0; // no grants before this time
    QDate m_day;
    int m_grantedToday = 0;
    bool m_wakeScheduled = false;
    qint64 m_wakeAt = 0;
    bool m_draining = false;
};

} // namespace prospector::net

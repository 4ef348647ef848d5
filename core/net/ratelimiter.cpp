#include "net/ratelimiter.h"

#include "net/errorclassifier.h"
#include "net/netlogging.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>

namespace prospector::net {
namespace {

constexpr qint64 kWaitForRelease = -2;

int headerInt(const QHash<QByteArray, QByteArray> &headers, const char *name, bool *ok) {
    return headers.value(QByteArray(name)).trimmed().toInt(ok);
}

// lemlist sends X-RateLimit-Reset as a JavaScript Date string:
// "Tue Feb 16 2021 09:02:42 GMT+0100 (Central European Standard Time)".
QDateTime parseJsDate(const QString &text) {
    static const QRegularExpression re(QStringLiteral(
        R"(^\w{3}\s+(\w{3})\s+(\d{1,2})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s+GMT([+-])(\d{2})(\d{2}))"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    static const QStringList months = {QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
                                       QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"),
                                       QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"),
                                       QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    const int month = int(months.indexOf(m.captured(1))) + 1;
    if (month <= 0)
        return {};
    const QDate date(m.captured(3).toInt(), month, m.captured(2).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    int offset = m.captured(8).toInt() * 3600 + m.captured(9).toInt() * 60;
    if (m.captured(7) == QLatin1String("-"))
        offset = -offset;
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone(offset));
}

} // namespace

RateLimiter::RateLimiter(QString name, RateLimit limit, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_configured(limit)
    , m_clock(clock) {
    m_day = m_clock->wallNow().toUTC().date();
}

void RateLimiter::setLimit(RateLimit limit) {
    m_configured = limit;
    drain();
}

int RateLimiter::effectiveMaxRequests() const {
    const int configured = std::max(1, m_configured.maxRequests);
    return m_serverMax > 0 ? std::min(configured, m_serverMax) : configured;
}

int RateLimiter::grantedInWindow() const {
    const qint64 now = m_clock->nowMs();
    return int(m_outstanding.size()) + int(std::count_if(m_stamps.begin(), m_stamps.end(),
                                                         [&](qint64 t) { return t > now - windowMs(); }));
}

void RateLimiter::acquire(QObject *context, std::function<void()> grant) {
    m_waiting.push_back(Waiter{context, [grant = std::move(grant)](Ticket) { grant(); }, false});
    Q_EMIT queuedChanged();
    drain();
}

void RateLimiter::acquireTicket(QObject *context, std::function<void(Ticket)> grant) {
    m_waiting.push_back(Waiter{context, std::move(grant), true});
    Q_EMIT queuedChanged();
    drain();
}

void RateLimiter::release(Ticket ticket) {
    if (!m_outstanding.remove(ticket))
        return;
    m_stamps.insert(m_clock->nowMs());
    drain();
}

void RateLimiter::prune() {
    const qint64 now = m_clock->nowMs();
    const auto end = m_stamps.upper_bound(now - windowMs());
    m_leftWindow.insert(m_leftWindow.end(), m_stamps.begin(), end);
    m_stamps.erase(m_stamps.begin(), end);
    // Kept as long as an answer can take (a request's timeout is far below this).
    constexpr qint64 kSlowestAnswerMs = 120'000;
    while (!m_leftWindow.empty() && m_leftWindow.front() <= now - windowMs() - kSlowestAnswerMs)
        m_leftWindow.pop_front();
}

int RateLimiter::leftWindowSince(qint64 sentAtMs) const {
    if (sentAtMs < 0)
        return 0;
    const qint64 from = sentAtMs - windowMs();
    return int(
        std::count_if(m_leftWindow.begin(), m_leftWindow.end(), [from](qint64 t) { return t > from; }));
}

void RateLimiter::rollDay() {
    const QDate today = m_clock->wallNow().toUTC().date();
    if (today != m_day) {
        m_day = today;
        m_grantedToday = 0;
    }
}

qint64 RateLimiter::nextFreeInMs() {
    rollDay();
    prune();
    const qint64 now = m_clock->nowMs();
    if (m_pausedUntil > now)
        return m_pausedUntil - now;
    if (m_configured.dailyCap > 0 && m_grantedToday >= m_configured.dailyCap) {
        const QDateTime wall = m_clock->wallNow().toUTC();
        const QDateTime midnight(wall.date().addDays(1), QTime(0, 0), Qt::UTC);
        return std::max<qint64>(1, wall.msecsTo(midnight));
    }
    const qsizetype max = effectiveMaxRequests();
    const qsizetype used = m_outstanding.size() + qsizetype(m_stamps.size());
    if (used < max)
        return 0;
    // Slots free up as stamps leave the window, oldest first; in-flight ones only after release().
    const qsizetype mustExpire = used - max + 1;
    if (mustExpire > qsizetype(m_stamps.size()))
        return kWaitForRelease;
    auto it = m_stamps.begin();
    std::advance(it, mustExpire - 1);
    return std::max<qint64>(1, *it + windowMs() - now);
}

void RateLimiter::drain() {
    if (m_draining)
        return; // a grant callback re-entered acquire(); the outer loop continues
    m_draining = true;
    bool changed = false;
    while (!m_waiting.empty()) {
        if (m_waiting.front().context.isNull()) {
            m_waiting.pop_front();
            changed = true;
            continue;
        }
        const qint64 wait = nextFreeInMs();
        if (wait == kWaitForRelease) {
            Q_EMIT throttled(0);
            break; // release() drains again
        }
        if (wait > 0) {
            scheduleWake(wait);
            qCDebug(lcNetRateLimit) << m_name << "holding" << m_waiting.size() << "request(s) for" << wait
                                    << "ms";
            Q_EMIT throttled(wait);
            break;
        }
        ++m_grantedToday;
        Waiter waiter = std::move(m_waiting.front());
        m_waiting.pop_front();
        changed = true;
        Ticket ticket = 0;
        if (waiter.ticketed) {
            ticket = m_nextTicket++;
            m_outstanding.insert(ticket);
        } else {
            m_stamps.insert(m_clock->nowMs());
        }
        waiter.grant(ticket);
    }
    m_draining = false;
    if (changed)
        Q_EMIT queuedChanged();
}

void RateLimiter::scheduleWake(qint64 delayMs) {
    const qint64 at = m_clock->nowMs() + delayMs;
    if (m_wakeScheduled && m_wakeAt <= at)
        return;
    m_wakeScheduled = true;
    m_wakeAt = at;
    m_clock->callAfter(delayMs, this, [this, at] {
        if (m_wakeAt == at)
            m_wakeScheduled = false;
        drain();
    });
}

void RateLimiter::pauseFor(qint64 ms) {
    if (ms <= 0)
        return;
    const qint64 until = m_clock->nowMs() + ms;
    if (until > m_pausedUntil) {
        m_pausedUntil = until;
        qCInfo(lcNetRateLimit) << m_name << "paused for" << ms << "ms";
    }
    drain();
}

void RateLimiter::observe(int httpStatus, const QHash<QByteArray, QByteArray> &headers, qint64 sentAtMs) {
    const qint64 pausedBefore = m_pausedUntil;
    if (headers.contains("x-hubspot-ratelimit-max") ||
        headers.contains("x-hubspot-ratelimit-daily-remaining"))
        observeHubSpot(headers, sentAtMs);
    if (headers.contains("x-ratelimit-limit") || headers.contains("x-ratelimit-remaining"))
        observeGeneric(headers, sentAtMs);
    if (httpStatus == 429 || httpStatus == 423) {
        const qint64 retryAfter = parseRetryAfterMs(headers.value("retry-after"), m_clock->wallNow());
        if (retryAfter >= 0)
            pauseFor(retryAfter);
        else if (m_pausedUntil == pausedBefore) // the headers did not say when to come back
            pauseFor(httpStatus == 423 ? 2000 : windowMs());
    }
    drain();
}

// Accounts for requests the server counted that we did not grant (other apps sharing the key):
// fill our window with placeholder grants until our free slots match the server's remaining.
static void alignWithServerRemaining(std::multiset<qint64> &stamps, int used, int max, int remaining,
                                     qint64 now) {
    const int localFree = max - used;
    for (int i = 0; i < localFree - remaining; ++i)
        stamps.insert(now);
}

void RateLimiter::observeHubSpot(const QHash<QByteArray, QByteArray> &headers, qint64 sentAtMs) {
    bool ok = false;
    const int max = headerInt(headers, "x-hubspot-ratelimit-max", &ok);
    if (ok && max > 0) {
        m_serverMax = max;
        m_quota.windowLimit = max;
    }
    const int daily = headerInt(headers, "x-hubspot-ratelimit-daily", &ok);
    if (ok && daily > 0)
        m_quota.dailyLimit = daily;
    const int interval = headerInt(headers, "x-hubspot-ratelimit-interval-milliseconds", &ok);
    // The server names the window it enforces; counting over the same one keeps us exactly at its
    // budget (a shorter configured window would overrun it, a longer one would waste it).
    if (ok && interval > 0)
        m_serverWindowMs = interval;
    const int remaining = headerInt(headers, "x-hubspot-ratelimit-remaining", &ok);
    if (ok) {
        m_quota.windowRemaining = std::max(0, remaining);
        prune();
        // HubSpot's window rolls: an exhausted one frees a slot as soon as its oldest request ages out,
        // which our stamps (taken when answers arrive, so never before the server counted them) already
        // say. Pausing a whole window from this answer instead would idle up to a window per window.
        // The answer may be stale by its latency: what left our window since the request went out
        // may still be in the count it reports, and is not somebody else's.
        alignWithServerRemaining(m_stamps, int(m_outstanding.size() + m_stamps.size()),
                                 effectiveMaxRequests(), std::max(0, remaining) + leftWindowSince(sentAtMs),
                                 m_clock->nowMs());
    }
    const int dailyRemaining = headerInt(headers, "x-hubspot-ratelimit-daily-remaining", &ok);
    if (ok)
        m_quota.dailyRemaining = std::max(0, dailyRemaining);
    if (ok && dailyRemaining <= 0) {
        const QDateTime wall = m_clock->wallNow().toUTC();
        pauseFor(wall.msecsTo(QDateTime(wall.date().addDays(1), QTime(0, 0), Qt::UTC)));
    }
}

void RateLimiter::observeGeneric(const QHash<QByteArray, QByteArray> &headers, qint64 sentAtMs) {
    bool ok = false;
    const int max = headerInt(headers, "x-ratelimit-limit", &ok);
    if (ok && max > 0) {
        m_serverMax = max;
        m_quota.windowLimit = max;
    }
    const int remaining = headerInt(headers, "x-ratelimit-remaining", &ok);
    if (!ok)
        return;
    m_quota.windowRemaining = std::max(0, remaining);
    // When the server's window resets. Explorium sends a Unix timestamp, lemlist a JavaScript date
    // string; anything else is unknown (-1).
    const QByteArray reset = headers.value("x-ratelimit-reset").trimmed();
    const QDateTime wall = m_clock->wallNow();
    qint64 resetInMs = -1;
    bool numeric = false;
    const qint64 number = reset.toLongLong(&numeric);
    if (numeric)
        resetInMs = number > 1000000000 ? wall.msecsTo(QDateTime::fromSecsSinceEpoch(number, Qt::UTC))
                                        : number * 1000;
    else if (const QDateTime when = parseJsDate(QString::fromLatin1(reset)); when.isValid())
        resetInMs = wall.msecsTo(when);
    // A reset far in the future is more likely a clock skew than a real wait; bound it.
    const qint64 bound = std::max<qint64>(windowMs(), 60000);
    if (resetInMs > bound)
        resetInMs = bound;

    // Requests the server counted but we did not grant occupy slots until the server's reset
    // (or a whole window of ours when the reset is unknown).
    const qint64 now = m_clock->nowMs();
    const qint64 stampAt = resetInMs >= 0 ? std::min(now, now + resetInMs - windowMs()) : now;
    prune();
    alignWithServerRemaining(m_stamps, int(m_outstanding.size() + m_stamps.size()), effectiveMaxRequests(),
                             std::max(0, remaining) + leftWindowSince(sentAtMs), stampAt);
    if (remaining <= 0)
        pauseFor(resetInMs >= 0 ? resetInMs : windowMs());
}

} // namespace prospector::net

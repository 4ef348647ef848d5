#include "net/ratelimiter.h"

#include "net/errorclassifier.h"
#include "net/netlogging.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>

namespace prospector::net {
namespace {

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
    return int(std::count_if(m_grants.begin(), m_grants.end(),
                             [&](qint64 t) { return t > now - m_configured.windowMs; }));
}

void RateLimiter::acquire(QObject *context, std::function<void()> grant) {
    m_waiting.push_back(Waiter{context, std::move(grant)});
    Q_EMIT queuedChanged();
    drain();
}

void RateLimiter::prune() {
    const qint64 now = m_clock->nowMs();
    while (!m_grants.empty() && m_grants.front() <= now - m_configured.windowMs)
        m_grants.pop_front();
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
    const auto max = size_t(effectiveMaxRequests());
    if (m_grants.size() < max)
        return 0;
    // The window frees a slot when the grant max places back from the newest leaves it.
    return std::max<qint64>(1, m_grants[m_grants.size() - max] + m_configured.windowMs - now);
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
        if (wait > 0) {
            scheduleWake(wait);
            qCDebug(lcNetRateLimit) << m_name << "holding" << m_waiting.size() << "request(s) for" << wait
                                    << "ms";
            Q_EMIT throttled(wait);
            break;
        }
        m_grants.push_back(m_clock->nowMs());
        ++m_grantedToday;
        Waiter waiter = std::move(m_waiting.front());
        m_waiting.pop_front();
        changed = true;
        waiter.grant();
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

void RateLimiter::observe(int httpStatus, const QHash<QByteArray, QByteArray> &headers) {
    if (headers.contains("x-hubspot-ratelimit-max") ||
        headers.contains("x-hubspot-ratelimit-daily-remaining"))
        observeHubSpot(headers);
    if (headers.contains("x-ratelimit-limit") || headers.contains("x-ratelimit-remaining"))
        observeGeneric(headers);
    if (httpStatus == 429 || httpStatus == 423) {
        const qint64 retryAfter = parseRetryAfterMs(headers.value("retry-after"), m_clock->wallNow());
        pauseFor(retryAfter >= 0 ? retryAfter : (httpStatus == 423 ? 2000 : m_configured.windowMs));
    }
    drain();
}

// Accounts for requests the server counted that we did not grant (other apps sharing the key):
// fill our window with placeholder grants until our free slots match the server's remaining.
static void alignWithServerRemaining(std::deque<qint64> &grants, int max, int remaining, qint64 now) {
    const int localFree = max - int(grants.size());
    for (int i = 0; i < localFree - remaining; ++i)
        grants.push_back(now);
}

void RateLimiter::observeHubSpot(const QHash<QByteArray, QByteArray> &headers) {
    bool ok = false;
    const int max = headerInt(headers, "x-hubspot-ratelimit-max", &ok);
    if (ok && max > 0)
        m_serverMax = max;
    const int interval = headerInt(headers, "x-hubspot-ratelimit-interval-milliseconds", &ok);
    const qint64 windowMs = ok && interval > 0 ? interval : m_configured.windowMs;
    const int remaining = headerInt(headers, "x-hubspot-ratelimit-remaining", &ok);
    if (ok) {
        prune();
        alignWithServerRemaining(m_grants, effectiveMaxRequests(), std::max(0, remaining), m_clock->nowMs());
        if (remaining <= 0)
            pauseFor(windowMs);
    }
    const int dailyRemaining = headerInt(headers, "x-hubspot-ratelimit-daily-remaining", &ok);
    if (ok && dailyRemaining <= 0) {
        const QDateTime wall = m_clock->wallNow().toUTC();
        pauseFor(wall.msecsTo(QDateTime(wall.date().addDays(1), QTime(0, 0), Qt::UTC)));
    }
}

void RateLimiter::observeGeneric(const QHash<QByteArray, QByteArray> &headers) {
    bool ok = false;
    const int max = headerInt(headers, "x-ratelimit-limit", &ok);
    if (ok && max > 0)
        m_serverMax = max;
    const int remaining = headerInt(headers, "x-ratelimit-remaining", &ok);
    if (!ok)
        return;
    prune();
    alignWithServerRemaining(m_grants, effectiveMaxRequests(), std::max(0, remaining), m_clock->nowMs());
    if (remaining > 0)
        return;
    // Window exhausted on the server: wait for its reset. Explorium sends a Unix timestamp, lemlist
    // a JavaScript date string; anything else falls back to one window.
    const QByteArray reset = headers.value("x-ratelimit-reset").trimmed();
    const QDateTime wall = m_clock->wallNow();
    qint64 waitMs = -1;
    bool numeric = false;
    const qint64 number = reset.toLongLong(&numeric);
    if (numeric)
        waitMs = number > 1000000000 ? wall.msecsTo(QDateTime::fromSecsSinceEpoch(number, Qt::UTC))
                                     : number * 1000;
    else if (const QDateTime when = parseJsDate(QString::fromLatin1(reset)); when.isValid())
        waitMs = wall.msecsTo(when);
    // A reset far in the future is more likely a clock skew than a real wait; bound it.
    const qint64 bound = std::max<qint64>(m_configured.windowMs, 60000);
    pauseFor(waitMs >= 0 ? std::min(waitMs, bound) : m_configured.windowMs);
}

} // namespace prospector::net

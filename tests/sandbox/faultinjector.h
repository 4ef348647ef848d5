// Faults on demand: tests (through the C++ API or POST /_sandbox/faults) ask for the next N
// requests of a service/path to fail in a given way, to drive retries, breakers and timeouts.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <optional>

namespace prospector::sandbox {

enum class FaultKind {
    Status,         // an error status with the service's own error body (5xx, 423, 477, ...)
    RateLimit,      // a 429 with the service's documented body and headers (a "429 burst" with times > 1)
    Hang,           // read the request, never answer (the client's timeout must fire)
    Delay,          // answer normally, but only after delayMs
    Reset,          // read the request, then reset the connection (TCP RST)
    Truncate,       // announce the full Content-Length, send half the body, close
    HtmlBadGateway, // 502 with an HTML page, as a proxy or load balancer sends it
    MalformedJson,  // 200 with a body that is not valid JSON
};

struct FaultRule {
    int id = 0;
    QString service;    // "hubspot", "lemlist", "explorium" or "*"
    QString method;     // empty = any
    QString pathPrefix; // empty = any; matched against the decoded path
    FaultKind kind = FaultKind::Status;
    int status = 500; // for Status
    int times = 1;    // how many matching requests it hits; -1 = until cleared
    int skip = 0;     // let this many matching requests through first
    int delayMs = 0;  // for Delay
    // For Status and RateLimit: override Retry-After (-1 = the service's own behaviour), in
    // delta-seconds or, with retryAfterHttpDate, as an HTTP-date (both forms are legal).
    int retryAfter = -1;
    bool retryAfterHttpDate = false;
    // Let the simulator process the request before the fault (the write happens, the answer is
    // lost): the "ambiguous timeout" case. Delay and Truncate always apply the request.
    bool applyRequest = false;
    // Chance that a matching request is hit (1 = every one): steady background faults such as
    // "10 % of batch requests fail" for benchmarks. Drawn from the injector's seeded generator.
    double probability = 1.0;
    int hits = 0;

    bool matches(const QString &service, const QString &method, const QString &path) const;
    QJsonObject toJson() const;
    static std::optional<FaultRule> fromJson(const QJsonObject &object, QString *error);
};

QString faultKindName(FaultKind kind);
std::optional<FaultKind> faultKindFromName(const QString &name);

class FaultInjector {
public:
    int add(FaultRule rule); // returns the rule's id
    bool remove(int id);
    void clear();

    // The fault for this request, if any; consumes one of its hits.
    std::optional<FaultRule> take(const QString &service, const QString &method, const QString &path);

    const QList<FaultRule> &rules() const { return m_rules; }
    QJsonObject toJson() const;
    // Probabilistic rules draw from this generator: the same seed, the same faults.
    void setSeed(quint32 seed) { m_random.seed(seed); }

private:
    QList<FaultRule> m_rules;
    int m_nextId = 1;
    QRandomGenerator m_random{20260101};
};

} // namespace prospector::sandbox

#pragma once

#include "sync/drainreport.h"
#include "sync/outboxoperation.h"

namespace prospector::net {
struct ApiError;
}

namespace prospector::sync {

class Clock;
class OutboxRepository;

// Applies OutboxDecision::forError to a claimed operation and counts it in a report; shared by
// every service's drain so they all treat failures the same way.
class OutboxFailureHandler {
public:
    OutboxFailureHandler(OutboxRepository &outbox, const Clock &clock);

    void apply(const OutboxOperation &op, const net::ApiError &error, DrainReport &report);
    void dead(const OutboxOperation &op, const QString &failureKind, const QString &message,
              DrainReport &report);
    void unknown(const OutboxOperation &op, const QString &message, DrainReport &report);

private:
    OutboxRepository &m_outbox;
    const Clock &m_clock;
};

} // namespace prospector::sync

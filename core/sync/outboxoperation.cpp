#include "sync/outboxoperation.h"

namespace prospector::sync {

QString outboxStateName(OutboxState state) {
    switch (state) {
    case OutboxState::Queued:
        return QStringLiteral("queued");
    case OutboxState::InFlight:
        return QStringLiteral("in_flight");
    case OutboxState::Unknown:
        return QStringLiteral("unknown");
    case OutboxState::Done:
        return QStringLiteral("done");
    case OutboxState::Dead:
        return QStringLiteral("dead");
    }
    return {};
}

bool outboxStateFromName(const QString &name, OutboxState *state) {
    for (OutboxState candidate : {OutboxState::Queued, OutboxState::InFlight, OutboxState::Unknown,
                                  OutboxState::Done, OutboxState::Dead}) {
        if (outboxStateName(candidate) == name) {
            *state = candidate;
            return true;
        }
    }
    return false;
}

} // namespace prospector::sync

#pragma once

#include "net/apierror.h"

#include <QString>

namespace prospector::sync {

// What to do with an outbox operation after a failed call, decided from the error kind alone:
//   rate limited                        -> Retry at Retry-After (certainly not applied)
//   circuit open                        -> Release (never sent; do not count an attempt)
//   timeout, network, 5xx, bad body,
//   cancelled                           -> Unknown (the request may have been applied)
//   conflict                            -> Reconcile (the effect already exists: read it)
//   validation, not found               -> Dead
//   auth, permission                    -> Dead and pause the service until the rep acts
struct OutboxDecision {
    enum class Action { Retry, Release, Unknown, Reconcile, Dead };
    Action action = Action::Retry;
    QString failureKind;    // for Dead: validation | not_found | auth | permission
    qint64 notBeforeMs = 0; // for Retry: delay the server asked for (0 = use the schedule)
    bool pauseService = false;

    static OutboxDecision forError(const net::ApiError &error);
};

} // namespace prospector::sync

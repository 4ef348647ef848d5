#pragma once

#include <QMetaType>
#include <QString>

namespace prospector::sync {

// What one drain step of a service did, for progress output and the Sync activity panel.
struct DrainReport {
    int claimed = 0;
    int completed = 0;  // effect confirmed and written back
    int reconciled = 0; // unknown outcomes resolved by a remote read
    int retrying = 0;
    int unknown = 0;
    int dead = 0;
    int conflicts = 0;         // HubSpot sync: properties changed on both sides (HubSpot won)
    int networkFailures = 0;   // no connection, timeouts, open circuit: hints that we are offline
    bool pauseService = false; // auth/permission failure: stop the service until the rep acts
    QString pauseReason;
    // Why it paused: "token" (auth/permission: a new token resumes it), else any other reason the
    // rep can act on (a credit budget reached, settings that cannot be read).
    QString pauseKind;
    bool idle() const { return claimed == 0; }

    DrainReport &operator+=(const DrainReport &o) {
        claimed += o.claimed;
        completed += o.completed;
        reconciled += o.reconciled;
        retrying += o.retrying;
        unknown += o.unknown;
        dead += o.dead;
        conflicts += o.conflicts;
        networkFailures += o.networkFailures;
        if (o.pauseService) {
            pauseService = true;
            pauseReason = o.pauseReason;
            pauseKind = o.pauseKind;
        }
        return *this;
    }
};

} // namespace prospector::sync

Q_DECLARE_METATYPE(prospector::sync::DrainReport)

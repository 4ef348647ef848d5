#pragma once

#include <QJsonObject>
#include <QString>

namespace prospector::sync {

// Life of an outbox row:
//
//   queued --claim--> in_flight --complete--> done
//      ^                  |  \--retryLater (definitely not applied)--> queued (or unknown, see below)
//      |                  |---markUnknown (sent, outcome not known)--> unknown
//      |                  |---markDead (permanent / attempts exhausted)--> dead
//   unknown --claim--> in_flight with needsReconcile: the engine reads the remote state first and
//      either completes (effect is there) or clearReconcile()s and sends (effect is absent).
//   dead --retryDead--> queued, or unknown when the last send's outcome was never resolved.
//
// A process killed while a row is in_flight cannot know whether the request left; on the next
// start recoverInterrupted() turns every in_flight row into unknown, so it is resolved by a
// remote read before anything is sent again.
enum class OutboxState { Queued, InFlight, Unknown, Done, Dead };

QString outboxStateName(OutboxState state);
// Returns false for names that are not states (the value of *state is then unchanged).
bool outboxStateFromName(const QString &name, OutboxState *state);

struct OutboxOperation {
    qint64 id = 0;
    QString service; // hubspot | lemlist | explorium
    QString kind;    // e.g. upsert_contact, enroll_lead, enrich_prospect
    QString idempotencyKey;
    qint64 prospectId = 0;
    QJsonObject payload;
    // Idempotency key of an operation that must be done or dead before this one is claimed
    // (empty = none), e.g. a contact waits for its company.
    QString dependsOn;
    OutboxState state = OutboxState::Queued;
    bool needsReconcile = false;
    int attempts = 0;
    qint64 nextAttemptAt = 0;
    QString claimToken;
    QString lastError;
    QString failureKind; // for dead letters: validation | auth | exhausted | ...
    QJsonObject result;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

} // namespace prospector::sync

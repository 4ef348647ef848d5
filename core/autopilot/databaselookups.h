#pragma once

#include "autopilot/guardrails.h"

namespace prospector::storage {
class Database;
}

namespace prospector::autopilot {

// Guardrail lookups backed by the database: the suppression list, and today's external writes
// counted from the outbox (every write the pipeline makes or queues goes through it).
class DatabaseLookups final : public GuardrailLookups {
public:
    // `dayStartMs`: local midnight of "today" in the rep's zone, epoch ms.
    DatabaseLookups(const storage::Database &database, qint64 dayStartMs);

    Answer isSuppressed(const QString &email, QString *error) const override;
    bool usedToday(GuardedStep step, int *count, QString *error) const override;

private:
    const storage::Database &m_database;
    qint64 m_dayStartMs;
};

} // namespace prospector::autopilot

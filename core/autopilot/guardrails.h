#pragma once

#include "autopilot/autopilotsettings.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace prospector::autopilot {

// Steps whose external writes are capped.
enum class GuardedStep { Enrich, SyncHubSpot, Enroll };
QString guardedStepKey(GuardedStep step);

// Stable keys for the report's skipped-by-reason counts.
namespace skip {
inline const QString belowMinScore = QStringLiteral("below_min_score");
inline const QString invalidEmail = QStringLiteral("invalid_email");
inline const QString suppressed = QStringLiteral("suppressed");
inline const QString dailyCapReached = QStringLiteral("daily_cap_reached");
inline const QString outsideBusinessHours = QStringLiteral("outside_business_hours");
inline const QString doNotContact = QStringLiteral("do_not_contact");
inline const QString creditBudgetReached = QStringLiteral("credit_budget_reached");
// The prospect's HubSpot sync did not succeed in this run, so it is not enrolled either.
inline const QString notSynced = QStringLiteral("not_synced");
inline const QString notFound = QStringLiteral("not_found");
inline const QString noEmail = QStringLiteral("no_email");
// Neither an e-mail nor a LinkedIn URL to find the prospect by.
inline const QString cannotEnrich = QStringLiteral("cannot_enrich");
} // namespace skip

struct Candidate {
    qint64 prospectId = 0;
    QString email;
    std::optional<int> score;
    QString timeZoneId; // IANA id when known, else empty
    // Unsubscribed, bounced or marked do-not-contact: never enrolled (a CRM record is fine).
    bool doNotContact = false;
    QString name; // for approval summaries
    QString stage;
    QString domain; // company domain, for enrichment
};

// What the guardrails need to look up. Every lookup can fail; a failure stops the step.
class GuardrailLookups {
public:
    virtual ~GuardrailLookups() = default;
    enum class Answer { Yes, No, Error };
    virtual Answer isSuppressed(const QString &email, QString *error) const = 0;
    // Writes of this step already made today (across runs); false on error.
    virtual bool usedToday(GuardedStep step, int *count, QString *error) const = 0;
};

struct StepDecision {
    QList<Candidate> allowed;
    QMap<QString, int> skipped; // reason key -> count
    // The step must not run at all: a check could not be made (fails closed).
    bool stopped = false;
    QString stopReason;
    // More enrollments than the approval threshold: the run waits for the rep.
    bool needsApproval = false;
};

// Decides which candidates a step may touch. Never lets a candidate through on a check it
// could not make: any lookup error stops the whole step.
class Guardrails {
public:
    Guardrails(GuardrailLimits limits, const GuardrailLookups &lookups, QTimeZone defaultZone);

    StepDecision evaluate(GuardedStep step, const QList<Candidate> &candidates, qint64 nowMs) const;

    bool withinBusinessHours(const Candidate &candidate, qint64 nowMs) const;

private:
    int dailyCap(GuardedStep step) const;

    GuardrailLimits m_limits;
    const GuardrailLookups &m_lookups;
    QTimeZone m_defaultZone;
};

} // namespace prospector::autopilot

#include "autopilot/guardrails.h"

#include "importing/normalizer.h"

#include <QCoreApplication>
#include <QDateTime>

namespace prospector::autopilot {

QString guardedStepKey(GuardedStep step) {
    switch (step) {
    case GuardedStep::Enrich:
        return QStringLiteral("enrich");
    case GuardedStep::SyncHubSpot:
        return QStringLiteral("sync_hubspot");
    case GuardedStep::Enroll:
        return QStringLiteral("enroll");
    }
    return {};
}

Guardrails::Guardrails(GuardrailLimits limits, const GuardrailLookups &lookups, QTimeZone defaultZone)
    : m_limits(std::move(limits))
    , m_lookups(lookups)
    , m_defaultZone(std::move(defaultZone)) {}

int Guardrails::dailyCap(GuardedStep step) const {
    switch (step) {
    case GuardedStep::Enrich:
        return m_limits.dailyEnrichments;
    case GuardedStep::SyncHubSpot:
        return m_limits.dailyHubSpotCreates;
    case GuardedStep::Enroll:
        return m_limits.dailyEnrollments;
    }
    return 0;
}

bool Guardrails::withinBusinessHours(const Candidate &candidate, qint64 nowMs) const {
    QTimeZone zone = m_defaultZone;
    if (!candidate.timeZoneId.isEmpty()) {
        const QTimeZone own(candidate.timeZoneId.toUtf8());
        if (own.isValid())
            zone = own;
    }
    if (!m_limits.businessHoursOnly)
        return true;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(nowMs, zone);
    if (!m_limits.businessDays.contains(local.date().dayOfWeek()))
        return false;
    return local.time() >= m_limits.businessHoursStart && local.time() < m_limits.businessHoursEnd;
}

StepDecision Guardrails::evaluate(GuardedStep step, const QList<Candidate> &candidates, qint64 nowMs) const {
    StepDecision d;
    const auto stop = [&d](const QString &why) {
        d.allowed.clear();
        d.stopped = true;
        d.stopReason = why;
        return d;
    };

    int used = 0;
    QString error;
    if (!m_lookups.usedToday(step, &used, &error))
        return stop(QCoreApplication::translate("Autopilot", "Could not read today's usage: %1").arg(error));
    int remaining = qMax(0, dailyCap(step) - used);

    const bool writesToContacts = step != GuardedStep::Enrich;
    for (const Candidate &c : candidates) {
        if (writesToContacts) {
            if (!c.score || *c.score < m_limits.minScore) {
                ++d.skipped[skip::belowMinScore];
                continue;
            }
            if (!importing::normalize::isValidEmail(c.email)) {
                ++d.skipped[skip::invalidEmail];
                continue;
            }
            switch (m_lookups.isSuppressed(c.email, &error)) {
            case GuardrailLookups::Answer::Error:
                return stop(
                    QCoreApplication::translate("Autopilot", "Could not check the suppression list: %1")
                        .arg(error));
            case GuardrailLookups::Answer::Yes:
                ++d.skipped[skip::suppressed];
                continue;
            case GuardrailLookups::Answer::No:
                break;
            }
        }
        if (step == GuardedStep::Enroll && c.doNotContact) {
            ++d.skipped[skip::doNotContact];
            continue;
        }
        if (step == GuardedStep::Enroll && !withinBusinessHours(c, nowMs)) {
            ++d.skipped[skip::outsideBusinessHours];
            continue;
        }
        if (remaining == 0) {
            ++d.skipped[skip::dailyCapReached];
            continue;
        }
        --remaining;
        d.allowed.append(c);
    }
    d.needsApproval = step == GuardedStep::Enroll && d.allowed.size() > m_limits.approvalEnrollmentThreshold;
    return d;
}

} // namespace prospector::autopilot

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>

namespace prospector::autopilot {

// When autopilot runs. Either every `intervalMinutes`, or once a day at `dailyTime` on the
// listed ISO weekdays (1 = Monday ... 7 = Sunday), in the rep's local time zone.
// Monday to Friday. A function (not an inline initializer list) because GCC 12 flags the
// inline form as maybe-uninitialized under -O2.
QList<int> workingWeekdays();

struct Schedule {
    enum class Kind { Interval, Daily };
    Kind kind = Kind::Daily;
    int intervalMinutes = 60;
    QTime dailyTime = QTime(9, 0);
    QList<int> weekdays = workingWeekdays();
};

// Each pipeline step can be switched off on its own.
struct Steps {
    bool enrich = true;
    bool rescore = true;
    bool syncHubSpot = true;
    bool enroll = true;
    bool trackReplies = true;
};

// Limits a run must respect; anything beyond them is skipped (or waits for approval).
struct GuardrailLimits {
    int minScore = 60;
    int dailyHubSpotCreates = 50;
    int dailyEnrollments = 25;
    int dailyEnrichments = 100;
    // Explorium credits autopilot may spend per day (rep's local day); enrichment stops there.
    int dailyCreditBudget = 250;
    // A run that would enroll MORE than this many prospects waits for the rep's approval.
    int approvalEnrollmentThreshold = 10;
    // A run whose enrichment would cost MORE than this many credits waits for approval too.
    int approvalCreditThreshold = 100;
    // Enrollments only inside this local-time window on `businessDays` (ISO weekdays), in the
    // prospect's time zone when known, else the rep's.
    bool businessHoursOnly = true;
    QTime businessHoursStart = QTime(9, 0);
    QTime businessHoursEnd = QTime(17, 0);
    QList<int> businessDays = workingWeekdays();
};

// Which prospects a run picks up. Without a saved view: not archived, stage new or enriched,
// and a score of at least the minimum score (or no score yet: the rescore step scores them).
struct Selection {
    qint64 savedViewId = 0; // 0 = the default above
    int maxProspects = 200; // per run, best scores first
};

// Autopilot is off until the rep opts in explicitly (SPEC F-AUTO), so a default-constructed
// value is disabled.
struct AutopilotSettings {
    bool enabled = false;
    bool paused = false;
    Schedule schedule;
    Steps steps;
    GuardrailLimits limits;
    Selection selection;
    // The lemlist campaign the enroll step adds prospects to (the step stops without one).
    QString campaignId;
    QString campaignName; // for summaries only

    QJsonObject toJson() const;
    // Refuses (returns false with a message) on wrong types or out-of-range values rather than
    // silently running with a half-read configuration.
    static bool fromJson(const QJsonObject &json, AutopilotSettings *out, QString *error);
};

} // namespace prospector::autopilot

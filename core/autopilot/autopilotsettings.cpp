#include "autopilot/autopilotsettings.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace prospector::autopilot {

namespace {

const auto kTimeFormat = QStringLiteral("HH:mm");

QString invalid(const QString &key) {
    return QCoreApplication::translate("Autopilot", "Invalid autopilot setting: %1").arg(key);
}

// Reads key into *out when present; a present value of the wrong type is an error.
bool readBool(const QJsonObject &json, const QString &key, bool *out, QString *error) {
    if (!json.contains(key))
        return true;
    if (!json.value(key).isBool()) {
        *error = invalid(key);
        return false;
    }
    *out = json.value(key).toBool();
    return true;
}

bool readInt(const QJsonObject &json, const QString &key, int min, int max, int *out, QString *error) {
    if (!json.contains(key))
        return true;
    const QJsonValue v = json.value(key);
    const double d = v.toDouble(-1.0);
    if (!v.isDouble() || d != static_cast<int>(d) || d < min || d > max) {
        *error = invalid(key);
        return false;
    }
    *out = static_cast<int>(d);
    return true;
}

bool readTime(const QJsonObject &json, const QString &key, QTime *out, QString *error) {
    if (!json.contains(key))
        return true;
    const QTime t = QTime::fromString(json.value(key).toString(), kTimeFormat);
    if (!t.isValid()) {
        *error = invalid(key);
        return false;
    }
    *out = t;
    return true;
}

bool readWeekdays(const QJsonObject &json, const QString &key, QList<int> *out, QString *error) {
    if (!json.contains(key))
        return true;
    if (!json.value(key).isArray()) {
        *error = invalid(key);
        return false;
    }
    QList<int> days;
    for (const QJsonValue &v : json.value(key).toArray()) {
        const int day = v.toInt(0);
        if (day < 1 || day > 7 || days.contains(day)) {
            *error = invalid(key);
            return false;
        }
        days.append(day);
    }
    std::sort(days.begin(), days.end());
    *out = days;
    return true;
}

bool readString(const QJsonObject &json, const QString &key, int maxLength, QString *out, QString *error) {
    if (!json.contains(key))
        return true;
    const QJsonValue v = json.value(key);
    if (!v.isString() || v.toString().size() > maxLength) {
        *error = invalid(key);
        return false;
    }
    *out = v.toString().trimmed();
    return true;
}

bool readId(const QJsonObject &json, const QString &key, qint64 *out, QString *error) {
    if (!json.contains(key))
        return true;
    const QJsonValue v = json.value(key);
    const double d = v.toDouble(-1.0);
    if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d)) || d < 0) {
        *error = invalid(key);
        return false;
    }
    *out = static_cast<qint64>(d);
    return true;
}

} // namespace

QList<int> workingWeekdays() {
    return {1, 2, 3, 4, 5};
}

QJsonObject AutopilotSettings::toJson() const {
    QJsonArray days;
    for (int d : schedule.weekdays)
        days.append(d);
    QJsonArray businessDays;
    for (int d : limits.businessDays)
        businessDays.append(d);
    return {
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("paused"), paused},
        {QStringLiteral("scheduleKind"),
         schedule.kind == Schedule::Kind::Interval ? QStringLiteral("interval") : QStringLiteral("daily")},
        {QStringLiteral("intervalMinutes"), schedule.intervalMinutes},
        {QStringLiteral("dailyTime"), schedule.dailyTime.toString(kTimeFormat)},
        {QStringLiteral("weekdays"), days},
        {QStringLiteral("savedViewId"), selection.savedViewId},
        {QStringLiteral("maxProspects"), selection.maxProspects},
        {QStringLiteral("campaignId"), campaignId},
        {QStringLiteral("campaignName"), campaignName},
        {QStringLiteral("stepEnrich"), steps.enrich},
        {QStringLiteral("stepRescore"), steps.rescore},
        {QStringLiteral("stepSyncHubSpot"), steps.syncHubSpot},
        {QStringLiteral("stepEnroll"), steps.enroll},
        {QStringLiteral("stepTrackReplies"), steps.trackReplies},
        {QStringLiteral("minScore"), limits.minScore},
        {QStringLiteral("dailyHubSpotCreates"), limits.dailyHubSpotCreates},
        {QStringLiteral("dailyEnrollments"), limits.dailyEnrollments},
        {QStringLiteral("dailyEnrichments"), limits.dailyEnrichments},
        {QStringLiteral("dailyCreditBudget"), limits.dailyCreditBudget},
        {QStringLiteral("approvalEnrollmentThreshold"), limits.approvalEnrollmentThreshold},
        {QStringLiteral("approvalCreditThreshold"), limits.approvalCreditThreshold},
        {QStringLiteral("businessHoursOnly"), limits.businessHoursOnly},
        {QStringLiteral("businessHoursStart"), limits.businessHoursStart.toString(kTimeFormat)},
        {QStringLiteral("businessHoursEnd"), limits.businessHoursEnd.toString(kTimeFormat)},
        {QStringLiteral("businessDays"), businessDays},
    };
}

bool AutopilotSettings::fromJson(const QJsonObject &json, AutopilotSettings *out, QString *error) {
    AutopilotSettings s;
    const auto kindKey = QStringLiteral("scheduleKind");
    if (json.contains(kindKey)) {
        const QString kind = json.value(kindKey).toString();
        if (kind == QLatin1String("interval"))
            s.schedule.kind = Schedule::Kind::Interval;
        else if (kind == QLatin1String("daily"))
            s.schedule.kind = Schedule::Kind::Daily;
        else {
            *error = invalid(kindKey);
            return false;
        }
    }
    constexpr int kMaxCap = 100000;
    constexpr int kMaxCredits = 10000000;
    const bool ok =
        readBool(json, QStringLiteral("enabled"), &s.enabled, error) &&
        readBool(json, QStringLiteral("paused"), &s.paused, error) &&
        readInt(json, QStringLiteral("intervalMinutes"), 5, 7 * 24 * 60, &s.schedule.intervalMinutes,
                error) &&
        readTime(json, QStringLiteral("dailyTime"), &s.schedule.dailyTime, error) &&
        readWeekdays(json, QStringLiteral("weekdays"), &s.schedule.weekdays, error) &&
        readId(json, QStringLiteral("savedViewId"), &s.selection.savedViewId, error) &&
        readInt(json, QStringLiteral("maxProspects"), 1, kMaxCap, &s.selection.maxProspects, error) &&
        readString(json, QStringLiteral("campaignId"), 200, &s.campaignId, error) &&
        readString(json, QStringLiteral("campaignName"), 500, &s.campaignName, error) &&
        readBool(json, QStringLiteral("stepEnrich"), &s.steps.enrich, error) &&
        readBool(json, QStringLiteral("stepRescore"), &s.steps.rescore, error) &&
        readBool(json, QStringLiteral("stepSyncHubSpot"), &s.steps.syncHubSpot, error) &&
        readBool(json, QStringLiteral("stepEnroll"), &s.steps.enroll, error) &&
        readBool(json, QStringLiteral("stepTrackReplies"), &s.steps.trackReplies, error) &&
        readInt(json, QStringLiteral("minScore"), 0, 100, &s.limits.minScore, error) &&
        readInt(json, QStringLiteral("dailyHubSpotCreates"), 0, kMaxCap, &s.limits.dailyHubSpotCreates,
                error) &&
        readInt(json, QStringLiteral("dailyEnrollments"), 0, kMaxCap, &s.limits.dailyEnrollments, error) &&
        readInt(json, QStringLiteral("dailyEnrichments"), 0, kMaxCap, &s.limits.dailyEnrichments, error) &&
        readInt(json, QStringLiteral("dailyCreditBudget"), 0, kMaxCredits, &s.limits.dailyCreditBudget,
                error) &&
        readInt(json, QStringLiteral("approvalEnrollmentThreshold"), 0, kMaxCap,
                &s.limits.approvalEnrollmentThreshold, error) &&
        readInt(json, QStringLiteral("approvalCreditThreshold"), 0, kMaxCredits,
                &s.limits.approvalCreditThreshold, error) &&
        readBool(json, QStringLiteral("businessHoursOnly"), &s.limits.businessHoursOnly, error) &&
        readTime(json, QStringLiteral("businessHoursStart"), &s.limits.businessHoursStart, error) &&
        readTime(json, QStringLiteral("businessHoursEnd"), &s.limits.businessHoursEnd, error) &&
        readWeekdays(json, QStringLiteral("businessDays"), &s.limits.businessDays, error);
    if (!ok)
        return false;
    if (s.limits.businessHoursEnd <= s.limits.businessHoursStart) {
        *error = invalid(QStringLiteral("businessHoursEnd"));
        return false;
    }
    *out = s;
    return true;
}

} // namespace prospector::autopilot

#include "autopilotsettingseditor.h"

#include "autopilot/autopilotcontrol.h"
#include "autopilot/autopilotsettings.h"
#include "autopilot/autopilotsettingsstore.h"

#include <QCoreApplication>
#include <QJSValue>
#include <QJsonArray>
#include <QLocale>
#include <QTime>

namespace prospector::ui {

namespace {

const auto kTimeFormat = QStringLiteral("HH:mm");

// Limits of AutopilotSettings::fromJson, so a value refused here would be refused there too.
constexpr int kMaxCap = 100000;
constexpr int kMaxCredits = 10000000;
constexpr int kMinInterval = 5;
constexpr int kMaxInterval = 7 * 24 * 60;

bool isCapKey(const QString &key) {
    return key == QLatin1String("dailyHubSpotCreates") || key == QLatin1String("dailyEnrollments") ||
           key == QLatin1String("dailyEnrichments") || key == QLatin1String("approvalEnrollmentThreshold") ||
           key == QLatin1String("maxProspects");
}

bool isCreditKey(const QString &key) {
    return key == QLatin1String("dailyCreditBudget") || key == QLatin1String("approvalCreditThreshold");
}

bool isWholeNumber(const QJsonValue &v, int min, int max) {
    const double d = v.toDouble(-1.0);
    return v.isDouble() && d == static_cast<int>(d) && d >= min && d <= max;
}

QString dayList(const QJsonArray &days) {
    QList<int> list;
    for (const QJsonValue &d : days)
        list.append(d.toInt());
    std::sort(list.begin(), list.end());
    if (list == autopilot::workingWeekdays())
        return QCoreApplication::translate("AutopilotSettingsEditor", "Monday to Friday");
    if (list.size() == 7)
        return QCoreApplication::translate("AutopilotSettingsEditor", "every day");
    QStringList names;
    const QLocale locale;
    for (int d : list)
        names << locale.dayName(d, QLocale::LongFormat);
    return names.join(QStringLiteral(", "));
}

} // namespace

AutopilotSettingsEditor::AutopilotSettingsEditor(autopilot::AutopilotSettingsStore &store,
                                                 autopilot::AutopilotControl &control, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_control(control) {
    load();
}

void AutopilotSettingsEditor::load() {
    autopilot::AutopilotSettings settings;
    QString error;
    if (!m_store.load(&settings, &error)) {
        // Shown, and the defaults are edited; saving them replaces what could not be read.
        setMessage(tr("The saved autopilot settings cannot be read (%1). Saving replaces them.").arg(error));
        settings = autopilot::AutopilotSettings{};
    } else {
        setMessage(QString());
    }
    m_saved = settings.toJson();
    m_edited = m_saved;
    m_errors.clear();
    Q_EMIT valuesChanged();
}

void AutopilotSettingsEditor::revert() {
    m_edited = m_saved;
    m_errors.clear();
    setMessage(QString());
    Q_EMIT valuesChanged();
}

QString AutopilotSettingsEditor::check(const QString &key, const QJsonValue &value,
                                       const QJsonObject &all) const {
    if (key == QLatin1String("enabled") || key == QLatin1String("paused"))
        return tr("Turn autopilot on or off with its own button.");
    if (!m_edited.contains(key))
        return tr("Unknown setting.");
    const QJsonValue current = m_edited.value(key);
    if (current.isBool())
        return value.isBool() ? QString() : tr("Choose on or off.");
    if (key == QLatin1String("scheduleKind")) {
        const QString kind = value.toString();
        return kind == QLatin1String("interval") || kind == QLatin1String("daily")
                   ? QString()
                   : tr("Choose a daily time or an interval.");
    }
    if (key == QLatin1String("intervalMinutes"))
        return isWholeNumber(value, kMinInterval, kMaxInterval)
                   ? QString()
                   : tr("Enter a number of minutes from %1 to %2 (one week).")
                         .arg(kMinInterval)
                         .arg(kMaxInterval);
    if (key == QLatin1String("minScore"))
        return isWholeNumber(value, 0, 100) ? QString() : tr("Enter a score from 0 to 100.");
    if (isCapKey(key))
        return isWholeNumber(value, key == QLatin1String("maxProspects") ? 1 : 0, kMaxCap)
                   ? QString()
                   : tr("Enter a whole number from 0 to %1 (0 stops that step).")
                         .arg(QLocale().toString(kMaxCap));
    if (isCreditKey(key))
        return isWholeNumber(value, 0, kMaxCredits)
                   ? QString()
                   : tr("Enter a whole number of credits from 0 to %1.").arg(QLocale().toString(kMaxCredits));
    if (current.isString() && QTime::fromString(current.toString(), kTimeFormat).isValid()) {
        const QTime time = QTime::fromString(value.toString(), kTimeFormat);
        if (!time.isValid())
            return tr("Enter a time as hours and minutes, e.g. 09:30.");
        const QTime start =
            QTime::fromString(all.value(QStringLiteral("businessHoursStart")).toString(), kTimeFormat);
        const QTime end =
            QTime::fromString(all.value(QStringLiteral("businessHoursEnd")).toString(), kTimeFormat);
        if ((key == QLatin1String("businessHoursStart") || key == QLatin1String("businessHoursEnd")) &&
            end <= start)
            return tr("Business hours must end after they start.");
        return {};
    }
    if (current.isArray()) {
        if (!value.isArray())
            return tr("Choose the days.");
        const QJsonArray days = value.toArray();
        if (days.isEmpty())
            return tr("Choose at least one day, or autopilot never runs then.");
        for (const QJsonValue &d : days) {
            if (!isWholeNumber(d, 1, 7))
                return tr("Choose the days.");
        }
        return {};
    }
    if (current.isString())
        return value.isString() && value.toString().size() <= 200 ? QString()
                                                                  : tr("Enter at most 200 characters.");
    return {};
}

QString AutopilotSettingsEditor::setValue(const QString &key, const QVariant &value) {
    // A JavaScript array from QML arrives wrapped in a QJSValue.
    const QVariant plain = value.canConvert<QJSValue>() && value.userType() == qMetaTypeId<QJSValue>()
                               ? value.value<QJSValue>().toVariant()
                               : value;
    QJsonValue json = QJsonValue::fromVariant(plain);
    // QML hands over numbers as doubles and day lists as arrays of doubles; times may come as text.
    if (json.isArray()) {
        QList<int> days;
        for (const QJsonValue &d : json.toArray()) {
            const int day = d.toInt(0);
            if (!days.contains(day))
                days.append(day);
        }
        std::sort(days.begin(), days.end());
        QJsonArray sorted;
        for (int d : days)
            sorted.append(d);
        json = sorted;
    }
    if (json.isString() && m_edited.value(key).isString())
        json = json.toString().trimmed();
    QJsonObject candidate = m_edited;
    candidate.insert(key, json);
    QString error = check(key, json, candidate);
    autopilot::AutopilotSettings parsed;
    QString parseError;
    if (error.isEmpty() && !autopilot::AutopilotSettings::fromJson(candidate, &parsed, &parseError))
        error = tr("This value is not allowed here.");
    if (!error.isEmpty()) {
        m_errors.insert(key, error);
        Q_EMIT valuesChanged();
        return error;
    }
    m_errors.remove(key);
    // A fixed pair (business hours) clears the other half's message too.
    if (key == QLatin1String("businessHoursStart"))
        m_errors.remove(QStringLiteral("businessHoursEnd"));
    if (key == QLatin1String("businessHoursEnd"))
        m_errors.remove(QStringLiteral("businessHoursStart"));
    m_edited = parsed.toJson();
    Q_EMIT valuesChanged();
    return {};
}

bool AutopilotSettingsEditor::save() {
    // On/off and pause are changed by AutopilotControl meanwhile; keep what is stored for those.
    autopilot::AutopilotSettings stored;
    QString error;
    if (!m_store.load(&stored, &error))
        stored = autopilot::AutopilotSettings{};
    QJsonObject merged = m_edited;
    const QJsonObject current = stored.toJson();
    merged.insert(QStringLiteral("enabled"), current.value(QStringLiteral("enabled")));
    merged.insert(QStringLiteral("paused"), current.value(QStringLiteral("paused")));
    autopilot::AutopilotSettings settings;
    if (!autopilot::AutopilotSettings::fromJson(merged, &settings, &error) ||
        !m_store.save(settings, &error)) {
        setMessage(tr("The autopilot settings could not be saved: %1").arg(error));
        return false;
    }
    m_saved = settings.toJson();
    m_edited = m_saved;
    m_errors.clear();
    setMessage(tr("Autopilot settings saved."));
    Q_EMIT valuesChanged();
    Q_EMIT saved();
    return true;
}

QStringList AutopilotSettingsEditor::summary() const {
    const QJsonObject &s = m_edited;
    const auto num = [&s](const char *key) {
        return s.value(QLatin1String(key)).toInt();
    };
    const auto on = [&s](const char *key) {
        return s.value(QLatin1String(key)).toBool();
    };
    const auto text = [&s](const char *key) {
        return s.value(QLatin1String(key)).toString();
    };
    QStringList lines;
    if (text("scheduleKind") == QLatin1String("interval"))
        lines << tr("It runs every %n minute(s), and when you click Run now.", nullptr,
                    num("intervalMinutes"));
    else
        lines << tr("It runs at %1 on %2, and when you click Run now.")
                     .arg(text("dailyTime"), dayList(s.value(QStringLiteral("weekdays")).toArray()));
    lines << tr("It picks prospects that are new or enriched, with a score of at least %1 and a valid e-mail "
                "address, and never anyone on the suppression list (unsubscribed, bounced or opted out).")
                 .arg(num("minScore"));
    if (on("stepEnrich")) {
        lines << tr("It enriches them with Explorium: at most %n per day.", nullptr, num("dailyEnrichments"));
        if (has(QStringLiteral("dailyCreditBudget")))
            lines << tr("It spends at most %n Explorium credit(s) per day.", nullptr,
                        num("dailyCreditBudget"));
    }
    if (on("stepRescore"))
        lines << tr("It rescores them with your ICP rules.");
    if (on("stepSyncHubSpot"))
        lines << tr("It creates or updates them in HubSpot: at most %n new contact(s) per day.", nullptr,
                    num("dailyHubSpotCreates"));
    if (on("stepEnroll")) {
        const QString campaign = text("campaignName").isEmpty() ? text("campaignId") : text("campaignName");
        lines << (campaign.isEmpty() ? tr("It enrolls them in a lemlist campaign: at most %n per day.",
                                          nullptr, num("dailyEnrollments"))
                                     : tr("It enrolls them in the lemlist campaign “%1”: at most %n per day.",
                                          nullptr, num("dailyEnrollments"))
                                           .arg(campaign));
        if (!has(QStringLiteral("businessHoursOnly")) || on("businessHoursOnly"))
            lines << tr("It enrolls only between %1 and %2 in the prospect's time zone (yours when it is "
                        "unknown).")
                         .arg(text("businessHoursStart"), text("businessHoursEnd"));
    }
    if (on("stepTrackReplies"))
        lines << tr("It tracks replies, classifies them and tells you about each one.");
    lines << tr("A run that would enroll more than %n prospect(s) waits for your approval.", nullptr,
                num("approvalEnrollmentThreshold"));
    if (has(QStringLiteral("approvalCreditThreshold")))
        lines << tr("So does a run that would spend more than %n credit(s).", nullptr,
                    num("approvalCreditThreshold"));
    lines << tr(
        "You can pause it at any time from the tray or this page; a dry run shows what a run would do "
        "without sending anything.");
    return lines;
}

QStringList AutopilotSettingsEditor::warnings() const {
    QStringList out;
    const QJsonObject &s = m_edited;
    if (s.value(QStringLiteral("stepEnroll")).toBool() && has(QStringLiteral("campaignId")) &&
        s.value(QStringLiteral("campaignId")).toString().isEmpty())
        out << tr("No lemlist campaign is chosen: the enroll step stops until you choose one.");
    bool anyStep = false;
    for (const char *key : {"stepEnrich", "stepRescore", "stepSyncHubSpot", "stepEnroll", "stepTrackReplies"})
        anyStep = anyStep || s.value(QLatin1String(key)).toBool();
    if (!anyStep)
        out << tr("Every step is switched off: a run does nothing.");
    return out;
}

void AutopilotSettingsEditor::setMessage(const QString &message) {
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

} // namespace prospector::ui

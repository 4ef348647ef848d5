#include "runhistorymodel.h"

#include "autopilot/autopilotcontrol.h"
#include "autopilotstatetext.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace prospector::ui {

namespace {

// Counters that later reports carry (enrichment, credits) are read from the report's JSON, so a
// report stored before they existed simply shows 0.
int counter(const autopilot::RunReport &report, const char *key) {
    return report.toJson().value(QLatin1String(key)).toInt(0);
}

QVariantList skippedReasons(const autopilot::RunReport &report) {
    QList<std::pair<QString, int>> reasons;
    for (auto it = report.skippedByReason.cbegin(); it != report.skippedByReason.cend(); ++it)
        reasons.append({it.key(), it.value()});
    std::stable_sort(reasons.begin(), reasons.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    QVariantList out;
    for (const auto &[reason, count] : reasons) {
        out.append(QVariantMap{{QStringLiteral("reason"), reason},
                               {QStringLiteral("text"), skipReasonText(reason)},
                               {QStringLiteral("count"), count}});
    }
    return out;
}

} // namespace

RunHistoryModel::RunHistoryModel(autopilot::AutopilotControl &control, QObject *parent)
    : QAbstractListModel(parent)
    , m_control(control) {
    using C = autopilot::AutopilotControl;
    connect(&control, &C::runStarted, this, &RunHistoryModel::reload);
    connect(&control, &C::runFinished, this, &RunHistoryModel::reload);
    connect(&control, &C::stateChanged, this, &RunHistoryModel::reload);
    reload();
}

int RunHistoryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const autopilot::RunReport &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case StartedRole:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.startedAt), QLocale::ShortFormat);
    case RunIdRole:
        return r.id;
    case StatusRole:
        return r.status;
    case StatusTextRole:
        return runStatusText(r.status);
    case DryRunRole:
        return r.dryRun;
    case SelectedRole:
        return r.selected;
    case EnrichedRole:
        return counter(r, "enriched");
    case CacheHitsRole:
        return counter(r, "cacheHits");
    case SyncedRole:
        return r.synced;
    case EnrolledRole:
        return r.enrolled;
    case SkippedRole:
        return r.skippedTotal();
    case SkippedReasonsRole:
        return skippedReasons(r);
    case CreditsRole:
        return counter(r, "creditsUsed");
    case ErrorsRole:
        return r.errors;
    case DurationRole:
        return durationText(r.durationMs());
    default:
        return {};
    }
}

QHash<int, QByteArray> RunHistoryModel::roleNames() const {
    return {
        {RunIdRole, "runId"},           {StartedRole, "started"},     {StatusRole, "status"},
        {StatusTextRole, "statusText"}, {DryRunRole, "dryRun"},       {SelectedRole, "selected"},
        {EnrichedRole, "enriched"},     {CacheHitsRole, "cacheHits"}, {SyncedRole, "synced"},
        {EnrolledRole, "enrolled"},     {SkippedRole, "skipped"},     {SkippedReasonsRole, "skippedReasons"},
        {CreditsRole, "credits"},       {ErrorsRole, "errors"},       {DurationRole, "duration"}};
}

void RunHistoryModel::reload() {
    QList<autopilot::RunReport> rows = m_control.history(kLimit);
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

} // namespace prospector::ui

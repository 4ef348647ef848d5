#include "autopilot/runreportbuilder.h"

#include "autopilot/runaudit.h"
#include "autopilot/runstep.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace prospector::autopilot {

namespace {

constexpr int kNamesInSummary = 5;

QString serviceName(const QString &step) {
    if (step == runstep::enrich)
        return QStringLiteral("Explorium");
    if (step == runstep::sync)
        return QStringLiteral("HubSpot");
    return QStringLiteral("lemlist");
}

} // namespace

QString runstep::displayName(const QString &step) {
    if (step == select)
        return QCoreApplication::translate("Autopilot", "Selecting prospects");
    if (step == enrich)
        return QCoreApplication::translate("Autopilot", "Enrichment");
    if (step == rescore)
        return QCoreApplication::translate("Autopilot", "Rescoring");
    if (step == sync)
        return QCoreApplication::translate("Autopilot", "HubSpot sync");
    if (step == enroll)
        return QCoreApplication::translate("Autopilot", "lemlist enrollment");
    if (step == track)
        return QCoreApplication::translate("Autopilot", "Reply tracking");
    return QCoreApplication::translate("Autopilot", "Done");
}

RunReportBuilder::RunReportBuilder(const RunAudit &audit)
    : m_audit(audit) {}

bool RunReportBuilder::build(const RunState &state, const QString &status, RunReport *out,
                             QString *error) const {
    RunReport r;
    r.id = state.id;
    r.startedAt = state.startedAt;
    r.status = status;
    r.origin = state.origin;
    r.step = state.step;
    r.selected = int(state.selection.size());
    QStringList notes;
    for (const QString &step : {runstep::enrich, runstep::sync, runstep::enroll}) {
        const QJsonObject plan = state.steps.value(step).toObject();
        const QJsonObject skipped = plan.value(QStringLiteral("skipped")).toObject();
        for (auto it = skipped.begin(); it != skipped.end(); ++it)
            r.skippedByReason[it.key()] += it.value().toInt();
        RunAudit::StepCounts counts;
        if (!m_audit.counts(state.id, step, &counts, error))
            return false;
        r.addSkips(counts.skipped);
        if (counts.alreadyPresent > 0)
            r.skippedByReason[step == runstep::enroll ? QStringLiteral("already_enrolled")
                                                      : QStringLiteral("already_queued")] +=
                counts.alreadyPresent;
        if (step == runstep::enrich) {
            r.enriched = counts.done;
            r.cacheHits = counts.cacheHits;
        } else if (step == runstep::sync) {
            r.synced = counts.done;
        } else {
            r.enrolled = counts.done;
        }
        if (counts.dead > 0)
            r.errors.append(QCoreApplication::translate(
                                "Autopilot",
                                "%1: %n write(s) failed for good; they are listed under Problems.", nullptr,
                                counts.dead)
                                .arg(serviceName(step)));
    }
    for (const QString &step : runstep::all()) {
        const QJsonObject plan = state.steps.value(step).toObject();
        const QString note = plan.value(QStringLiteral("stopReason")).toString();
        if (!note.isEmpty())
            notes.append(QStringLiteral("%1: %2").arg(runstep::displayName(step), note));
        const QString stepError = plan.value(QStringLiteral("error")).toString();
        if (!stepError.isEmpty())
            r.errors.append(QStringLiteral("%1: %2").arg(runstep::displayName(step), stepError));
    }
    for (const QJsonValue &e : state.steps.value(QStringLiteral("errors")).toArray())
        r.errors.append(e.toString());
    const QString runNote = state.steps.value(QStringLiteral("stopReason")).toString();
    if (!runNote.isEmpty())
        notes.append(runNote);
    r.stopReason = notes.join(QLatin1Char('\n'));
    r.rescored = state.steps.value(runstep::rescore).toObject().value(QStringLiteral("rescored")).toInt();
    r.replies = state.steps.value(runstep::track).toObject().value(QStringLiteral("replies")).toInt();
    r.approvalSummary = state.steps.value(QStringLiteral("approvalSummary")).toString();
    r.creditsUsed =
        state.steps.value(runstep::enrich).toObject().value(QStringLiteral("creditsSpent")).toInteger();
    *out = r;
    return true;
}

QString enrollApprovalSummary(const QList<Candidate> &toEnroll, const QString &campaignName) {
    QStringList names;
    for (qsizetype i = 0; i < toEnroll.size() && i < kNamesInSummary; ++i)
        names.append(toEnroll.at(i).name);
    QString list = names.join(QStringLiteral(", "));
    const int more = int(toEnroll.size()) - int(names.size());
    if (more > 0)
        list = QCoreApplication::translate("Autopilot", "%1 and %n more", nullptr, more).arg(list);
    return QCoreApplication::translate(
               "Autopilot", "This run would enroll %n prospect(s) in the lemlist campaign \"%1\": %2.",
               nullptr, int(toEnroll.size()))
        .arg(campaignName, list);
}

QString enrichApprovalSummary(int prospects, qint64 credits, int threshold) {
    return QCoreApplication::translate(
               "Autopilot",
               "This run would enrich %n prospect(s) with Explorium for about %1 credits "
               "(runs above %2 credits wait for your approval).",
               nullptr, prospects)
        .arg(credits)
        .arg(threshold);
}

} // namespace prospector::autopilot

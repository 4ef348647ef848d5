#pragma once

#include <QString>
#include <QStringList>

namespace prospector::autopilot::runstep {

// The steps of a run in order, by the names stored in autopilot_runs.step (the step to do next).
inline const QString select = QStringLiteral("select");
inline const QString enrich = QStringLiteral("enrich");
inline const QString rescore = QStringLiteral("rescore");
inline const QString sync = QStringLiteral("sync");
inline const QString enroll = QStringLiteral("enroll");
inline const QString track = QStringLiteral("track");
inline const QString done = QStringLiteral("done");

inline QStringList all() {
    return {select, enrich, rescore, sync, enroll, track, done};
}
inline QString after(const QString &step) {
    const QStringList steps = all();
    const qsizetype i = steps.indexOf(step);
    return i >= 0 && i + 1 < steps.size() ? steps.at(i + 1) : done;
}
// The service a batch step writes to.
inline QString serviceOf(const QString &step) {
    if (step == enrich)
        return QStringLiteral("explorium");
    if (step == sync)
        return QStringLiteral("hubspot");
    if (step == enroll)
        return QStringLiteral("lemlist");
    return {};
}
// Translated name for reports and summaries.
QString displayName(const QString &step);

} // namespace prospector::autopilot::runstep

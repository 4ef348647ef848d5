#pragma once

#include "autopilot/runreport.h"

#include <QJsonObject>
#include <QTextStream>

namespace prospector::cli {

// How `prospector autopilot` prints times, reports and JSON (shared by its actions).
QString autopilotIsoTime(qint64 ms);
void printAutopilotJson(QTextStream &out, const QJsonObject &json);
// A report as readable lines: counts, skips by reason, stop notes; errors go to `err`.
void printRunReport(QTextStream &out, QTextStream &err, const autopilot::RunReport &report);
// The documented exit code of a run that ended (or stopped) with this report.
int exitCodeFor(const autopilot::RunReport &report);

} // namespace prospector::cli

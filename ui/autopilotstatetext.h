#pragma once

#include "autopilot/autopilotcontrol.h"

#include <QString>

namespace prospector::ui {

// Words for autopilot's state, shared by the Autopilot page, the tray and the notifications so
// they always say the same thing.
// Stable key: "off" | "idle" | "running" | "paused" | "attention" (icon names, QML states).
QString autopilotStateKey(autopilot::AutopilotControl::State state);
// Translated, e.g. "Paused".
QString autopilotStateText(autopilot::AutopilotControl::State state);
// "Mon 14:00" style in the UI language; "not scheduled" when nextRunAt < 0.
QString nextRunText(qint64 nextRunAtMs);
// "2 min 5 s" style duration.
QString durationText(qint64 ms);
// Translated words for a run report's status key (runstatus::*).
QString runStatusText(const QString &status);
// Translated words for a skip reason key (autopilot::skip::*); unknown keys are shown as they are.
QString skipReasonText(const QString &reason);
// Translated words for a reply classifier label (positive, negative, info_request, neutral).
QString replyLabelText(const QString &label);

} // namespace prospector::ui

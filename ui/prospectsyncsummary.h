#pragma once

#include "prospectpagecache.h"

#include <QVariantMap>

namespace prospector::ui {

// The table's sync column for one row: per service what a rep wants to know at a glance.
//   hubspot:   failed | queued | synced | ""
//   lemlist:   failed | queued | enrolled | ""
//   explorium: failed | queued | enriched | ""
// A failure wins over pending work (it needs the rep), pending work over what is already done.
// "error" carries the last failure's text for a tooltip.
QVariantMap prospectSyncSummary(const ProspectRow &row);

} // namespace prospector::ui

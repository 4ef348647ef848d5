#pragma once

#include <QStringList>

namespace prospector::storage {

// Pipeline stages in order (SPEC §1). Stored as these exact strings.
QStringList pipelineStages();

} // namespace prospector::storage

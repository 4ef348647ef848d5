#pragma once

#include <QString>

namespace prospector::review {

// The words people read for the stage and tier keys the database stores ("qualified" → "Qualified",
// translated), for text the core writes: timeline entries and undo labels. The QML pages have
// the same words in qml/PipelineNames.qml. An unknown key is returned as it is.
QString stageWord(const QString &stage);
QString tierWord(const QString &tier);

} // namespace prospector::review

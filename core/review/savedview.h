#pragma once

#include "review/prospectquery.h"

#include <QString>

namespace prospector::review {

// A named search + filters + sort that appears in the sidebar.
struct SavedView {
    qint64 id = 0;
    QString name;
    ProspectQuery query;
    int position = 0; // sidebar order
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

} // namespace prospector::review

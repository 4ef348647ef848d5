#pragma once

#include "review/prospectquery.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace prospector::review {

// A filter of the view that can narrow a search's match set through its own index: the ids it
// selects are read (in id order, from an index led by the filtered column) and tested against
// the matches. Stages only for pages: facet counts group by stage and need the other stages.
struct NarrowingFilter {
    enum Kind : unsigned {
        Tags = 1,
        Imports = 2,
        Countries = 4,
        SyncStates = 8,
        Sources = 16,
        Stages = 32,
    };
    Kind kind = Tags;
    QString idsSql;      // SELECT of one column named id
    QVariantList values; // bound in idsSql
    QString countSql;    // how many ids idsSql selects (bound with `values`)
    QString key;         // names the filter and its values, for caching the narrowed set

    // The query's narrowing filters, likely most selective first (a tag or an import is usually
    // a small part of the prospects, a stage a large one).
    static QList<NarrowingFilter> of(const ProspectQuery &query, bool withStages);
};

} // namespace prospector::review

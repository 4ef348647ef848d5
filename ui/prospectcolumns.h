#pragma once

#include "prospectpagecache.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace prospector::ui {

// One column the prospects table can show. `key` is stable (saved views and the column chooser
// store it); `sortable` columns use the same name as review::SortKey.
struct ProspectColumn {
    QString key;
    const char *title; // translated in the "ProspectColumns" context
    int defaultWidth;
    bool sortable;
};

const QList<ProspectColumn> &allProspectColumns();
QStringList defaultVisibleColumns();
const ProspectColumn *findProspectColumn(const QString &key);
QString prospectColumnTitle(const ProspectColumn &column);

// The cell value of `row` in the column `key` (plain data; the delegate formats it).
QVariant prospectColumnValue(const ProspectRow &row, const QString &key);

} // namespace prospector::ui

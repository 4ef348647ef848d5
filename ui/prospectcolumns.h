#pragma once

#include "storage/prospect.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace prospector::ui {

// One column the prospects table can show. `key` is stable (saved views and the column chooser
// store it) and doubles as the sort key the page source understands.
struct ProspectColumn {
    QString key;
    const char *title; // translated in the "ProspectColumns" context
    int defaultWidth;
};

const QList<ProspectColumn> &allProspectColumns();
QStringList defaultVisibleColumns();
const ProspectColumn *findProspectColumn(const QString &key);
QString prospectColumnTitle(const ProspectColumn &column);

// The cell value of `prospect` in the column `key` (plain data; the delegate formats it).
QVariant prospectColumnValue(const storage::Prospect &prospect, const QString &key);

} // namespace prospector::ui

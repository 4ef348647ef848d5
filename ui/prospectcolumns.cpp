#include "prospectcolumns.h"

#include "prospectsyncsummary.h"

#include <QCoreApplication>

namespace prospector::ui {

const QList<ProspectColumn> &allProspectColumns() {
    static const QList<ProspectColumn> columns = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ProspectColumns", "Name"), 190, true},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("ProspectColumns", "Title"), 200, true},
        {QStringLiteral("company"), QT_TRANSLATE_NOOP("ProspectColumns", "Company"), 180, true},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("ProspectColumns", "Email"), 220, true},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("ProspectColumns", "Stage"), 100, true},
        {QStringLiteral("sync_state"), QT_TRANSLATE_NOOP("ProspectColumns", "Sync"), 90, false},
        {QStringLiteral("score"), QT_TRANSLATE_NOOP("ProspectColumns", "Score"), 70, true},
        {QStringLiteral("tier"), QT_TRANSLATE_NOOP("ProspectColumns", "Tier"), 70, true},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("ProspectColumns", "Country"), 110, true},
        {QStringLiteral("industry"), QT_TRANSLATE_NOOP("ProspectColumns", "Industry"), 150, false},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("ProspectColumns", "Source"), 120, false},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("ProspectColumns", "Tags"), 160, false},
        {QStringLiteral("updated"), QT_TRANSLATE_NOOP("ProspectColumns", "Updated"), 140, true},
    };
    return columns;
}

QStringList defaultVisibleColumns() {
    return {QStringLiteral("name"),  QStringLiteral("title"), QStringLiteral("company"),
            QStringLiteral("email"), QStringLiteral("stage"), QStringLiteral("sync_state"),
            QStringLiteral("score"), QStringLiteral("tier")};
}

const ProspectColumn *findProspectColumn(const QString &key) {
    for (const ProspectColumn &column : allProspectColumns()) {
        if (column.key == key)
            return &column;
    }
    return nullptr;
}

QString prospectColumnTitle(const ProspectColumn &column) {
    return QCoreApplication::translate("ProspectColumns", column.title);
}

QVariant prospectColumnValue(const ProspectRow &row, const QString &key) {
    const storage::Prospect &p = row.prospect;
    if (key == QLatin1String("tags"))
        return row.tags.join(QStringLiteral(", "));
    if (key == QLatin1String("name"))
        return p.fullName();
    if (key == QLatin1String("title"))
        return p.title;
    if (key == QLatin1String("company"))
        return p.companyName;
    if (key == QLatin1String("email"))
        return p.email;
    if (key == QLatin1String("stage"))
        return p.stage;
    if (key == QLatin1String("score"))
        return p.score < 0 ? QVariant() : QVariant(p.score);
    if (key == QLatin1String("tier"))
        return p.effectiveTier();
    if (key == QLatin1String("country"))
        return p.country;
    if (key == QLatin1String("industry"))
        return p.industry;
    if (key == QLatin1String("source"))
        return p.source;
    if (key == QLatin1String("sync_state"))
        return prospectSyncSummary(row);
    if (key == QLatin1String("updated"))
        return p.updatedAt;
    return {};
}

} // namespace prospector::ui

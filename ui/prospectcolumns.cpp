#include "prospectcolumns.h"

#include <QCoreApplication>

namespace prospector::ui {

const QList<ProspectColumn> &allProspectColumns() {
    static const QList<ProspectColumn> columns = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ProspectColumns", "Name"), 190},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("ProspectColumns", "Title"), 200},
        {QStringLiteral("company"), QT_TRANSLATE_NOOP("ProspectColumns", "Company"), 180},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("ProspectColumns", "Email"), 220},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("ProspectColumns", "Stage"), 100},
        {QStringLiteral("score"), QT_TRANSLATE_NOOP("ProspectColumns", "Score"), 70},
        {QStringLiteral("tier"), QT_TRANSLATE_NOOP("ProspectColumns", "Tier"), 70},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("ProspectColumns", "Country"), 110},
        {QStringLiteral("industry"), QT_TRANSLATE_NOOP("ProspectColumns", "Industry"), 150},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("ProspectColumns", "Source"), 120},
        {QStringLiteral("sync_state"), QT_TRANSLATE_NOOP("ProspectColumns", "Sync"), 90},
        {QStringLiteral("updated_at"), QT_TRANSLATE_NOOP("ProspectColumns", "Updated"), 140},
    };
    return columns;
}

QStringList defaultVisibleColumns() {
    return {QStringLiteral("name"),  QStringLiteral("title"), QStringLiteral("company"),
            QStringLiteral("email"), QStringLiteral("stage"), QStringLiteral("score"),
            QStringLiteral("tier")};
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

QVariant prospectColumnValue(const storage::Prospect &p, const QString &key) {
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
        return p.syncState;
    if (key == QLatin1String("updated_at"))
        return p.updatedAt;
    return {};
}

} // namespace prospector::ui

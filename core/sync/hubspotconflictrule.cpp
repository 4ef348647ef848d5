#include "sync/hubspotconflictrule.h"

#include <QCoreApplication>
#include <QHash>

namespace prospector::sync {

const QStringList &HubSpotConflictRule::syncedProperties() {
    static const QStringList properties = {QStringLiteral("firstname"), QStringLiteral("lastname"),
                                           QStringLiteral("jobtitle"),  QStringLiteral("company"),
                                           QStringLiteral("phone"),     QStringLiteral("website"),
                                           QStringLiteral("city"),      QStringLiteral("state"),
                                           QStringLiteral("country"),   QStringLiteral("industry")};
    return properties;
}

QString HubSpotConflictRule::fieldFor(const QString &property) {
    static const QHash<QString, QString> fields = {
        {QStringLiteral("firstname"), QStringLiteral("firstName")},
        {QStringLiteral("lastname"), QStringLiteral("lastName")},
        {QStringLiteral("jobtitle"), QStringLiteral("title")},
        {QStringLiteral("company"), QStringLiteral("companyName")},
        {QStringLiteral("phone"), QStringLiteral("phone")},
        {QStringLiteral("website"), QStringLiteral("website")},
        {QStringLiteral("city"), QStringLiteral("city")},
        {QStringLiteral("state"), QStringLiteral("region")},
        {QStringLiteral("country"), QStringLiteral("country")},
        {QStringLiteral("industry"), QStringLiteral("industry")},
    };
    return fields.value(property);
}

QString HubSpotConflictRule::fieldLabel(const QString &property) {
    if (property == QLatin1String("firstname"))
        return QCoreApplication::translate("HubSpotConflictRule", "first name");
    if (property == QLatin1String("lastname"))
        return QCoreApplication::translate("HubSpotConflictRule", "last name");
    if (property == QLatin1String("jobtitle"))
        return QCoreApplication::translate("HubSpotConflictRule", "job title");
    if (property == QLatin1String("company"))
        return QCoreApplication::translate("HubSpotConflictRule", "company");
    if (property == QLatin1String("phone"))
        return QCoreApplication::translate("HubSpotConflictRule", "phone");
    if (property == QLatin1String("website"))
        return QCoreApplication::translate("HubSpotConflictRule", "website");
    if (property == QLatin1String("city"))
        return QCoreApplication::translate("HubSpotConflictRule", "city");
    if (property == QLatin1String("state"))
        return QCoreApplication::translate("HubSpotConflictRule", "region");
    if (property == QLatin1String("country"))
        return QCoreApplication::translate("HubSpotConflictRule", "country");
    if (property == QLatin1String("industry"))
        return QCoreApplication::translate("HubSpotConflictRule", "industry");
    return property;
}

ContactMergePlan HubSpotConflictRule::merge(const std::optional<hubspot::Properties> &baseline,
                                            const hubspot::Properties &local,
                                            const hubspot::Properties &hubspot) {
    ContactMergePlan plan;
    for (const QString &property : syncedProperties()) {
        const QString l = local.value(property).trimmed();
        const QString h = hubspot.value(property).trimmed();
        QString agreed = h;
        if (l == h) {
            agreed = l;
        } else if (baseline) {
            const QString b = baseline->value(property).trimmed();
            if (h == b) {
                plan.toSend.insert(property, l);
                agreed = l;
            } else {
                plan.localUpdates.insert(property, h);
                if (l != b)
                    plan.conflicts.append({property, b, l, h});
            }
        } else if (h.isEmpty()) {
            plan.toSend.insert(property, l);
            agreed = l;
        } else {
            plan.localUpdates.insert(property, h);
            if (!l.isEmpty())
                plan.conflicts.append({property, QString(), l, h});
        }
        if (!agreed.isEmpty())
            plan.agreed.insert(property, agreed);
    }
    return plan;
}

} // namespace prospector::sync

#include "sync/hubspotconflictrepository.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QSqlQuery>

namespace prospector::sync {

HubSpotConflictRepository::HubSpotConflictRepository(const storage::Database &database)
    : m_database(database) {}

QList<HubSpotConflict> HubSpotConflictRepository::forProspect(qint64 prospectId, QString *error) const {
    QList<HubSpotConflict> conflicts;
    QSqlQuery query(m_database.connection());
    if (!storage::exec(query,
                       QStringLiteral("SELECT id, prospect_id, property, field, base_value, local_value, "
                                      "hubspot_value, detected_at FROM hubspot_conflicts "
                                      "WHERE prospect_id = ? AND dismissed_at IS NULL "
                                      "ORDER BY detected_at DESC, id DESC"),
                       {prospectId}, error))
        return conflicts;
    while (query.next()) {
        HubSpotConflict c;
        c.id = query.value(0).toLongLong();
        c.prospectId = query.value(1).toLongLong();
        c.property = query.value(2).toString();
        c.field = query.value(3).toString();
        c.baseValue = query.value(4).toString();
        c.localValue = query.value(5).toString();
        c.hubspotValue = query.value(6).toString();
        c.detectedAt = query.value(7).toLongLong();
        conflicts.append(c);
    }
    return conflicts;
}

int HubSpotConflictRepository::openCount(QString *error) const {
    QSqlQuery query(m_database.connection());
    if (!storage::exec(query,
                       QStringLiteral("SELECT count(*) FROM hubspot_conflicts WHERE dismissed_at IS NULL"),
                       {}, error) ||
        !query.next())
        return -1;
    return query.value(0).toInt();
}

bool HubSpotConflictRepository::dismiss(qint64 conflictId, qint64 now, QString *error) {
    QSqlQuery query(m_database.connection());
    return storage::exec(query,
                         QStringLiteral("UPDATE hubspot_conflicts SET dismissed_at = ? WHERE id = ? "
                                        "AND dismissed_at IS NULL"),
                         {now, conflictId}, error);
}

} // namespace prospector::sync

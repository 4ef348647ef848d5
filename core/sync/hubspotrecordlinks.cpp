#include "sync/hubspotrecordlinks.h"

#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/sqlerror.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace prospector::sync {
namespace {

QString recordUrl(const QString &portalId, const QString &typeId, const QString &id) {
    if (portalId.isEmpty() || id.isEmpty())
        return {};
    return QStringLiteral("https://app.hubspot.com/contacts/%1/record/%2/%3").arg(portalId, typeId, id);
}

} // namespace

QString HubSpotRecordLinks::portalIdFromUrl(const QString &url) {
    static const QRegularExpression re(
        QStringLiteral(R"(^https://app(?:-[a-z0-9]+)?\.hubspot\.com/contacts/(\d+)/)"));
    const QRegularExpressionMatch m = re.match(url);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString HubSpotRecordLinks::contactUrl(const QString &portalId, const QString &contactId) {
    return recordUrl(portalId, QStringLiteral("0-1"), contactId);
}

QString HubSpotRecordLinks::companyUrl(const QString &portalId, const QString &companyId) {
    return recordUrl(portalId, QStringLiteral("0-2"), companyId);
}

QString HubSpotRecordLinks::portalId(const storage::Database &database) {
    return storage::SettingsRepository(database).value(QLatin1String(kPortalIdKey));
}

QString HubSpotRecordLinks::learnFromUrl(const storage::Database &database, const QString &url) {
    const QString portal = portalIdFromUrl(url);
    if (portal.isEmpty())
        return portalId(database);
    storage::SettingsRepository settings(database);
    settings.insertIfAbsent(QLatin1String(kPortalIdKey), portal);
    return portal;
}

QString HubSpotRecordLinks::forProspect(const storage::Database &database, qint64 prospectId) {
    QSqlQuery query(database.connection());
    if (!storage::exec(query,
                       QStringLiteral("SELECT c.record_url, coalesce(c.hubspot_id, p.hubspot_id, '') "
                                      "FROM prospects p LEFT JOIN hubspot_contacts c ON c.prospect_id = p.id "
                                      "WHERE p.id = ?"),
                       {prospectId}) ||
        !query.next())
        return {};
    const QString stored = query.value(0).toString();
    return stored.isEmpty() ? contactUrl(portalId(database), query.value(1).toString()) : stored;
}

QString HubSpotRecordLinks::forCompany(const storage::Database &database, const QString &domain) {
    QSqlQuery query(database.connection());
    if (!storage::exec(
            query, QStringLiteral("SELECT record_url, hubspot_id FROM hubspot_companies WHERE domain = ?"),
            {domain}) ||
        !query.next())
        return {};
    const QString stored = query.value(0).toString();
    return stored.isEmpty() ? companyUrl(portalId(database), query.value(1).toString()) : stored;
}

} // namespace prospector::sync

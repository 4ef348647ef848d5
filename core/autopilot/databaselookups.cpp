#include "autopilot/databaselookups.h"

#include "storage/database.h"
#include "storage/sqlerror.h"
#include "sync/suppressionrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace prospector::autopilot {

DatabaseLookups::DatabaseLookups(const storage::Database &database, qint64 dayStartMs)
    : m_database(database)
    , m_dayStartMs(dayStartMs) {}

GuardrailLookups::Answer DatabaseLookups::isSuppressed(const QString &email, QString *error) const {
    switch (sync::SuppressionRepository(m_database).check(email, nullptr, error)) {
    case sync::SuppressionRepository::Check::Suppressed:
        return Answer::Yes;
    case sync::SuppressionRepository::Check::NotSuppressed:
        return Answer::No;
    case sync::SuppressionRepository::Check::Error:
        break;
    }
    return Answer::Error;
}

bool DatabaseLookups::usedToday(GuardedStep step, int *count, QString *error) const {
    // Only the write the cap is about counts: a company lookup queued alongside an enrichment
    // (explorium/enrich_company) is not one more prospect enriched.
    QString service;
    QString kind;
    switch (step) {
    case GuardedStep::Enrich:
        service = QStringLiteral("explorium");
        kind = QStringLiteral("enrich_prospect");
        break;
    case GuardedStep::SyncHubSpot:
        service = QStringLiteral("hubspot");
        kind = QStringLiteral("upsert_contact");
        break;
    case GuardedStep::Enroll:
        service = QStringLiteral("lemlist");
        kind = QStringLiteral("enroll_lead");
        break;
    }
    QSqlQuery q(m_database.connection());
    if (!storage::exec(q,
                       QStringLiteral("SELECT count(*) FROM outbox WHERE service = ? AND kind = ? "
                                      "AND created_at >= ? AND state != 'dead'"),
                       {service, kind, m_dayStartMs}, error))
        return false;
    if (!q.next()) {
        *error = QCoreApplication::translate("Autopilot", "Could not count today's writes.");
        return false;
    }
    *count = q.value(0).toInt();
    return true;
}

} // namespace prospector::autopilot

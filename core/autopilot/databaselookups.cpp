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
    QString service;
    QString kindPattern = QStringLiteral("%");
    switch (step) {
    case GuardedStep::Enrich:
        service = QStringLiteral("explorium");
        break;
    case GuardedStep::SyncHubSpot:
        service = QStringLiteral("hubspot");
        kindPattern = QStringLiteral("upsert_contact");
        break;
    case GuardedStep::Enroll:
        service = QStringLiteral("lemlist");
        kindPattern = QStringLiteral("enroll_lead");
        break;
    }
    QSqlQuery q(m_database.connection());
    if (!storage::exec(q,
                       QStringLiteral("SELECT count(*) FROM outbox WHERE service = ? AND kind LIKE ? "
                                      "AND created_at >= ? AND state != 'dead'"),
                       {service, kindPattern, m_dayStartMs}, error))
        return false;
    if (!q.next()) {
        *error = QCoreApplication::translate("Autopilot", "Could not count today's writes.");
        return false;
    }
    *count = q.value(0).toInt();
    return true;
}

} // namespace prospector::autopilot

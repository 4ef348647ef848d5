#include "sync/enrichmentsettings.h"

#include "storage/settingsrepository.h"

#include <QCoreApplication>

namespace prospector::sync {
namespace {

const QString kBudgetKey = QStringLiteral("enrichment.creditBudget");
const QString kContactTypesKey = QStringLiteral("enrichment.contactTypes");

} // namespace

std::optional<EnrichmentSettings> EnrichmentSettings::load(const storage::Database &database,
                                                           QString *error) {
    storage::SettingsRepository settings(database);
    EnrichmentSettings result;
    QString value;
    switch (settings.lookup(kBudgetKey, &value, error)) {
    case storage::SettingsRepository::Lookup::Failed:
        return std::nullopt;
    case storage::SettingsRepository::Lookup::Missing:
        break;
    case storage::SettingsRepository::Lookup::Found: {
        bool ok = false;
        result.creditBudget = value.trimmed().toLongLong(&ok);
        if (!ok || result.creditBudget < 0) {
            if (error)
                *error = QCoreApplication::translate(
                             "EnrichmentSettings", "The stored credit budget is not a number of credits: %1")
                             .arg(value);
            return std::nullopt;
        }
        break;
    }
    }
    switch (settings.lookup(kContactTypesKey, &value, error)) {
    case storage::SettingsRepository::Lookup::Failed:
        return std::nullopt;
    case storage::SettingsRepository::Lookup::Missing:
        break;
    case storage::SettingsRepository::Lookup::Found:
        if (value == QLatin1String("email")) {
            result.includePhone = false;
        } else if (value == QLatin1String("email,phone")) {
            result.includePhone = true;
        } else {
            if (error)
                *error = QCoreApplication::translate("EnrichmentSettings",
                                                     "The stored contact types are unknown: %1")
                             .arg(value);
            return std::nullopt;
        }
        break;
    }
    return result;
}

bool EnrichmentSettings::save(const storage::Database &database, QString *error) const {
    storage::SettingsRepository settings(database);
    return settings.setValue(kBudgetKey, QString::number(std::max<qint64>(0, creditBudget)), error) &&
           settings.setValue(kContactTypesKey,
                             includePhone ? QStringLiteral("email,phone") : QStringLiteral("email"), error);
}

} // namespace prospector::sync

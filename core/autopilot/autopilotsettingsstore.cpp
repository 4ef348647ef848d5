#include "autopilot/autopilotsettingsstore.h"

#include "storage/settingsrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace prospector::autopilot {

AutopilotSettingsStore::AutopilotSettingsStore(storage::SettingsRepository &settings)
    : m_settings(settings) {}

QString AutopilotSettingsStore::key() {
    return QStringLiteral("autopilot/settings");
}

bool AutopilotSettingsStore::load(AutopilotSettings *out, QString *error) const {
    QString raw;
    switch (m_settings.lookup(key(), &raw, error)) {
    case storage::SettingsRepository::Lookup::Failed:
        return false;
    case storage::SettingsRepository::Lookup::Missing:
        *out = AutopilotSettings{};
        return true;
    case storage::SettingsRepository::Lookup::Found:
        break;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(raw.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QCoreApplication::translate("Autopilot", "The stored autopilot settings are corrupt.");
        return false;
    }
    return AutopilotSettings::fromJson(doc.object(), out, error);
}

bool AutopilotSettingsStore::save(const AutopilotSettings &settings, QString *error) {
    const QByteArray json = QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact);
    return m_settings.setValue(key(), QString::fromUtf8(json), error);
}

} // namespace prospector::autopilot

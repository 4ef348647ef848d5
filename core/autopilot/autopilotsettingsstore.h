#pragma once

#include "autopilot/autopilotsettings.h"

namespace prospector::storage {
class SettingsRepository;
}

namespace prospector::autopilot {

// Keeps AutopilotSettings as one JSON value in the settings table, so a save is atomic.
class AutopilotSettingsStore {
public:
    explicit AutopilotSettingsStore(storage::SettingsRepository &settings);

    static QString key();

    // Missing key: the defaults (autopilot off). A failed read or a corrupt value returns false,
    // so callers never run autopilot on a configuration they could not read.
    bool load(AutopilotSettings *out, QString *error) const;
    bool save(const AutopilotSettings &settings, QString *error);

private:
    storage::SettingsRepository &m_settings;
};

} // namespace prospector::autopilot

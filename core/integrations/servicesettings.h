#pragma once

#include "integrations/service.h"

#include <QUrl>

namespace prospector::storage {
class SettingsRepository;
}

namespace prospector::integrations {

// How many requests a service accepts per window (the window is fixed by the service).
struct RateLimit {
    int requests = 0;
    int windowSeconds = 0;
};

// The non-secret, per-service settings a rep may change under "Advanced": the base URL (so tests
// and the sandbox can point at loopback) and the request budget. Stored in the settings table.
class ServiceSettings {
public:
    explicit ServiceSettings(storage::SettingsRepository &settings);

    static QUrl productionBaseUrl(Service service);
    // PROSPECTOR_HUBSPOT_URL, PROSPECTOR_LEMLIST_URL, PROSPECTOR_EXPLORIUM_URL.
    static QString baseUrlEnvironmentVariable(Service service);
    // The environment's URL when it is set and acceptable, else the production URL.
    static QUrl defaultBaseUrl(Service service);
    static RateLimit defaultRateLimit(Service service);
    // https anywhere; plain http only to this machine (the sandbox), so tokens never cross a
    // network unencrypted.
    static bool isAcceptableBaseUrl(const QUrl &url, QString *reason = nullptr);

    QUrl baseUrl(Service service) const;
    bool hasCustomBaseUrl(Service service) const;
    // An empty URL goes back to the default.
    bool setBaseUrl(Service service, const QUrl &url, QString *error = nullptr);

    RateLimit rateLimit(Service service) const;
    // 0 goes back to the default; more than the default is allowed (higher HubSpot tiers).
    bool setRateLimit(Service service, int requestsPerWindow, QString *error = nullptr);

private:
    storage::SettingsRepository &m_settings;
};

} // namespace prospector::integrations

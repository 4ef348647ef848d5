#pragma once

#include "integrations/services.h"
#include "net/ratelimit.h"

#include <QUrl>

namespace prospector::storage {
class SettingsRepository;
}

namespace prospector::integrations {

// The non-secret, per-service settings a rep may change under "Advanced": the base URL (so tests
// and the sandbox can point at loopback) and the request budget per window. Stored in the
// settings table; the defaults come from net/ (ServiceEndpoint, RateLimit).
class ServiceSettings {
public:
    explicit ServiceSettings(storage::SettingsRepository &settings);

    // PROSPECTOR_HUBSPOT_URL, … when set and acceptable, else the real service.
    static QUrl defaultBaseUrl(Service service);
    // https anywhere; plain http only to this machine (the sandbox), so tokens never cross a
    // network unencrypted; no user info. `reason` says what is wrong, translated.
    static bool isAcceptableBaseUrl(const QUrl &url, QString *reason = nullptr);

    QUrl baseUrl(Service service) const;
    bool hasCustomBaseUrl(Service service) const;
    // An empty URL goes back to the default.
    bool setBaseUrl(Service service, const QUrl &url, QString *error = nullptr);

    // The documented limit, with maxRequests replaced by the rep's value when set.
    net::RateLimit rateLimit(Service service) const;
    bool hasCustomRateLimit(Service service) const;
    // 0 goes back to the default; more than the default is allowed (higher HubSpot tiers).
    bool setRateLimit(Service service, int requestsPerWindow, QString *error = nullptr);

private:
    storage::SettingsRepository &m_settings;
};

} // namespace prospector::integrations

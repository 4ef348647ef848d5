#pragma once

#include <QString>

namespace prospector::net {

// The remote services Prospector talks to. Used to pick auth schemes, default limits and names.
enum class Service { HubSpot, Lemlist, Explorium };

// Product names are proper nouns and are not translated.
inline QString serviceDisplayName(Service service) {
    switch (service) {
    case Service::HubSpot:
        return QStringLiteral("HubSpot");
    case Service::Lemlist:
        return QStringLiteral("lemlist");
    case Service::Explorium:
        return QStringLiteral("Explorium");
    }
    return {};
}

// Stable lower-case key, used in settings keys, keychain names and log lines.
inline QString serviceKey(Service service) {
    switch (service) {
    case Service::HubSpot:
        return QStringLiteral("hubspot");
    case Service::Lemlist:
        return QStringLiteral("lemlist");
    case Service::Explorium:
        return QStringLiteral("explorium");
    }
    return {};
}

} // namespace prospector::net

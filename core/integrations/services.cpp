#include "integrations/services.h"

namespace prospector::integrations {

const QList<Service> &allServices() {
    static const QList<Service> services = {Service::HubSpot, Service::Lemlist, Service::Explorium};
    return services;
}

std::optional<Service> serviceFromKey(const QString &key) {
    for (Service service : allServices()) {
        if (net::serviceKey(service) == key.trimmed().toLower())
            return service;
    }
    return std::nullopt;
}

} // namespace prospector::integrations

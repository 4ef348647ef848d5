#include "integrations/service.h"

namespace prospector::integrations {

const QList<Service> &allServices() {
    static const QList<Service> services = {Service::HubSpot, Service::Lemlist, Service::Explorium};
    return services;
}

QString serviceId(Service service) {
    switch (service) {
    case Service::HubSpot:
        return QStringLiteral("hubspot");
    case Service::Lemlist:
        return QStringLiteral("lemlist");
    case Service::Explorium:
        return QStringLiteral("explorium");
    }
    Q_UNREACHABLE();
}

QString serviceDisplayName(Service service) {
    switch (service) {
    case Service::HubSpot:
        return QStringLiteral("HubSpot");
    case Service::Lemlist:
        return QStringLiteral("lemlist");
    case Service::Explorium:
        return QStringLiteral("Explorium");
    }
    Q_UNREACHABLE();
}

std::optional<Service> serviceFromId(const QString &id) {
    for (Service service : allServices()) {
        if (serviceId(service) == id.trimmed().toLower())
            return service;
    }
    return std::nullopt;
}

} // namespace prospector::integrations

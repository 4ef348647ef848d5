#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace prospector::integrations {

// The remote services Prospector talks to. Their ids ("hubspot", …) name them on the command
// line, in settings keys and in keychain entries, so they must never change.
enum class Service { HubSpot, Lemlist, Explorium };

const QList<Service> &allServices();
QString serviceId(Service service);
// Brand names, the same in every language.
QString serviceDisplayName(Service service);
std::optional<Service> serviceFromId(const QString &id);

} // namespace prospector::integrations

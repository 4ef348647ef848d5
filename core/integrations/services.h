#pragma once

#include "net/service.h"

#include <QList>
#include <optional>

namespace prospector::integrations {

using net::Service;

// Every service, in the order the UI and `credentials status` list them.
const QList<Service> &allServices();
// The service named by its stable key ("hubspot", …), case-insensitive.
std::optional<Service> serviceFromKey(const QString &key);

} // namespace prospector::integrations

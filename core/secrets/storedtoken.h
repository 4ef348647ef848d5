#pragma once

#include "integrations/services.h"

#include <QString>

namespace prospector::secrets {

// For headless commands, which have no event loop of their own running: reads the token stored
// for `service` by the data folder `dataDir` (keychain, or the explicit opt-in file) and waits,
// bounded, for the answer. Empty when none is stored, the keychain is unavailable or it timed out
// (`error` says which).
QString readStoredToken(const QString &dataDir, integrations::Service service, QString *error = nullptr);

} // namespace prospector::secrets

#pragma once

#include <QString>

namespace prospector::logging {

// Removes secrets and personal data from text before it is written anywhere a human or a
// support ticket could read it: bearer tokens, HubSpot private-app tokens, api keys, passwords,
// Basic credentials, and e-mail addresses (kept recognisable: "j***@acme.com").
QString redact(const QString &text);

// Registers an exact secret (e.g. a token just loaded from the keychain) so that it is masked
// even when it has no recognisable shape. Thread-safe.
void registerSecret(const QString &secret);
void clearRegisteredSecrets();

} // namespace prospector::logging

#pragma once

#include "integrations/services.h"

#include <QMap>
#include <QObject>
#include <QString>
#include <functional>

namespace prospector::secrets {

class CredentialStore;

// Keeps the tokens in memory once read, so the HTTP layer can attach them synchronously
// (net::ServiceEndpoint::tokenProvider) without a keychain round trip per request. Follows the
// store: a saved token is re-read, a removed one forgotten. Memory only — never written anywhere.
class TokenCache : public QObject {
    Q_OBJECT
public:
    explicit TokenCache(CredentialStore &store, QObject *parent = nullptr);

    // Reads every service's token from the store; emits loaded() when all have answered.
    void load();
    bool isLoaded() const { return m_loadedOnce; }

    QString token(integrations::Service service) const { return m_tokens.value(service); }
    // For net::ServiceEndpoint::tokenProvider; safe to call after the cache is gone (empty then).
    std::function<QString()> providerFor(integrations::Service service);

Q_SIGNALS:
    void loaded();
    void tokenChanged(prospector::net::Service service);

private:
    void reread(integrations::Service service);

    CredentialStore &m_store;
    QMap<integrations::Service, QString> m_tokens;
    QList<integrations::Service> m_waitingFor; // reads this cache asked for
    bool m_loadedOnce = false;
};

} // namespace prospector::secrets

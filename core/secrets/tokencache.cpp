#include "secrets/tokencache.h"

#include "secrets/credentialstore.h"

#include <QPointer>

namespace prospector::secrets {

using integrations::Service;

TokenCache::TokenCache(CredentialStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store) {
    connect(&m_store, &CredentialStore::readFinished, this,
            [this](Service service, const QString &token, CredentialError error, const QString &) {
                // NotFound means "no token"; other failures keep what we had rather than drop a
                // working token because the keychain hiccupped.
                if (error == CredentialError::None || error == CredentialError::NotFound) {
                    const QString value = error == CredentialError::None ? token : QString();
                    if (m_tokens.value(service) != value) {
                        m_tokens.insert(service, value);
                        Q_EMIT tokenChanged(service);
                    }
                }
                if (m_waitingFor.removeOne(service) && m_waitingFor.isEmpty() && !m_loadedOnce) {
                    m_loadedOnce = true;
                    Q_EMIT loaded();
                }
            });
    connect(&m_store, &CredentialStore::writeFinished, this, [this](Service service, CredentialError error) {
        if (error == CredentialError::None)
            reread(service);
    });
    connect(&m_store, &CredentialStore::removeFinished, this, [this](Service service, CredentialError error) {
        if (error == CredentialError::None && !m_tokens.value(service).isEmpty()) {
            m_tokens.remove(service);
            Q_EMIT tokenChanged(service);
        }
    });
}

void TokenCache::load() {
    for (Service service : integrations::allServices())
        reread(service);
}

void TokenCache::reread(Service service) {
    if (!m_waitingFor.contains(service))
        m_waitingFor.append(service);
    m_store.read(service);
}

std::function<QString()> TokenCache::providerFor(Service service) {
    return [cache = QPointer<TokenCache>(this), service] {
        return cache ? cache->token(service) : QString();
    };
}

} // namespace prospector::secrets

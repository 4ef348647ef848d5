#include "sync/tokenbox.h"

namespace prospector::sync {

TokenBox::TokenBox(Fallback fallback)
    : m_fallback(std::move(fallback)) {}

void TokenBox::set(net::Service service, const QString &token) {
    const QMutexLocker locker(&m_mutex);
    if (token.isEmpty())
        m_tokens.remove(service);
    else
        m_tokens.insert(service, token);
}

QString TokenBox::token(net::Service service) const {
    QString token;
    {
        const QMutexLocker locker(&m_mutex);
        token = m_tokens.value(service);
    }
    if (token.isEmpty() && m_fallback)
        token = m_fallback(service);
    return token;
}

std::function<QString(net::Service)> TokenBox::provider() const {
    return [this](net::Service service) {
        return token(service);
    };
}

} // namespace prospector::sync

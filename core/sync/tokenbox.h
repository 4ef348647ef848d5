#pragma once

#include "net/service.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <functional>

namespace prospector::sync {

// The tokens the engine host's network thread attaches to requests, set by the GUI thread as the
// keychain answers (secrets::TokenCache). Memory only; every access is under one mutex, because
// the two sides run on different threads. A fallback (the sandbox's credential for a service
// pointed at this machine) answers when nothing is stored.
class TokenBox {
public:
    using Fallback = std::function<QString(net::Service)>;

    explicit TokenBox(Fallback fallback = {});

    void set(net::Service service, const QString &token);
    QString token(net::Service service) const;
    // For SyncHost::Options::tokens; the box must outlive the host.
    std::function<QString(net::Service)> provider() const;

private:
    Fallback m_fallback;
    mutable QMutex m_mutex;
    QHash<net::Service, QString> m_tokens;
};

} // namespace prospector::sync

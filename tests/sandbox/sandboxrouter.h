// Routes a parsed request to the admin API or to one service simulator, and turns injected faults
// into what the connection must do on the wire.
#pragma once

#include "httpmessage.h"

#include <QHash>
#include <QString>

namespace prospector::sandbox {

class FaultInjector;
class SandboxAdmin;
class ServiceSimulator;

struct Reply {
    enum class Mode {
        Normal,   // send the response (after delayMs)
        Hang,     // never answer; keep the connection open
        Reset,    // reset the connection
        Truncate, // send the head with the full Content-Length but half the body, then close
    };
    Mode mode = Mode::Normal;
    HttpResponse response;
    int delayMs = 0;
};

class SandboxRouter {
public:
    SandboxRouter(FaultInjector &faults, SandboxAdmin &admin);

    void addService(ServiceSimulator *simulator);
    ServiceSimulator *service(const QString &name) const { return m_services.value(name); }

    // `service` is the simulator behind the listener the request came in on.
    Reply route(const QString &service, const HttpRequest &request);

private:
    FaultInjector &m_faults;
    SandboxAdmin &m_admin;
    QHash<QString, ServiceSimulator *> m_services;
};

HttpResponse htmlBadGateway();
// A Retry-After value: delta-seconds, or the HTTP-date that many seconds from now.
QByteArray retryAfterValue(int seconds, bool httpDate);

} // namespace prospector::sandbox

// `prospector --sandbox`: runs the simulators inside the app on free loopback ports and points
// every client at them (PROSPECTOR_*_URL), so the whole pipeline can be tried without accounts.
#pragma once

#include <QString>
#include <QStringList>
#include <memory>

namespace prospector::sandbox {

class SandboxServer;

class SandboxSession {
public:
    SandboxSession();
    ~SandboxSession();
    SandboxSession(const SandboxSession &) = delete;
    SandboxSession &operator=(const SandboxSession &) = delete;

    static bool requested(const QStringList &arguments);

    // Starts the server, seeds two lemlist campaigns, lets any credential in, and sets
    // PROSPECTOR_HUBSPOT_URL / PROSPECTOR_LEMLIST_URL / PROSPECTOR_EXPLORIUM_URL. Call it after the
    // application object exists and before any client is built.
    bool start(QString *error);
    bool isRunning() const { return m_server != nullptr; }
    SandboxServer *server() const { return m_server.get(); }

private:
    std::unique_ptr<SandboxServer> m_server;
};

} // namespace prospector::sandbox

// `prospector --sandbox`: runs the simulators inside the app on free loopback ports and points
// every client at them (PROSPECTOR_*_URL), so the whole pipeline can be tried without accounts.
// The server gets its own thread, so a command that blocks the main thread while it waits for a
// worker's HTTP call cannot starve the simulators it is talking to.
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

class QThread;

namespace prospector::sandbox {

class SandboxServer;

class SandboxSession {
public:
    SandboxSession();
    ~SandboxSession();
    SandboxSession(const SandboxSession &) = delete;
    SandboxSession &operator=(const SandboxSession &) = delete;

    static bool requested(const QStringList &arguments);
    // A credential the simulators accept for "hubspot", "lemlist" or "explorium" (empty otherwise),
    // for code that needs *some* token in sandbox mode when the keychain holds none.
    static QString sandboxCredential(const QString &service);

    // Starts the server, seeds two lemlist campaigns, lets any credential in, and sets
    // PROSPECTOR_HUBSPOT_URL / PROSPECTOR_LEMLIST_URL / PROSPECTOR_EXPLORIUM_URL. Call it after the
    // application object exists and before any client is built.
    bool start(QString *error);
    void stop();
    bool isRunning() const { return m_server != nullptr; }

    QUrl hubspotUrl() const { return m_hubspotUrl; }
    QUrl lemlistUrl() const { return m_lemlistUrl; }
    QUrl exploriumUrl() const { return m_exploriumUrl; }

private:
    QThread *m_thread = nullptr;
    SandboxServer *m_server = nullptr; // lives in m_thread
    QUrl m_hubspotUrl;
    QUrl m_lemlistUrl;
    QUrl m_exploriumUrl;
};

} // namespace prospector::sandbox

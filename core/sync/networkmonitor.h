#pragma once

#include <QNetworkInformation>
#include <QObject>

namespace prospector::sync {

class SyncEngine;

// Feeds the OS's view of connectivity (QNetworkInformation) to the SyncEngine, so draining pauses
// when the machine goes offline and resumes by itself when it comes back. Without a backend the
// engine still detects failures on its own; start() says which.
class NetworkMonitor : public QObject {
    Q_OBJECT
public:
    explicit NetworkMonitor(SyncEngine &engine, QObject *parent = nullptr);

    // Loads the platform backend; false when none reports reachability.
    bool start();

    // Only "disconnected" counts as offline: "local" still reaches loopback simulators and LAN
    // proxies, and "unknown" must not stop work.
    static bool isOffline(QNetworkInformation::Reachability reachability);

private:
    SyncEngine &m_engine;
};

} // namespace prospector::sync

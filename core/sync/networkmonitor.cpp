#include "sync/networkmonitor.h"

#include "sync/syncengine.h"

namespace prospector::sync {

NetworkMonitor::NetworkMonitor(SyncEngine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine) {}

bool NetworkMonitor::isOffline(QNetworkInformation::Reachability reachability) {
    return reachability == QNetworkInformation::Reachability::Disconnected;
}

bool NetworkMonitor::start() {
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return false;
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info)
        return false;
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                m_engine.setOnline(!isOffline(reachability));
            });
    if (isOffline(info->reachability()))
        m_engine.setOnline(false);
    return true;
}

} // namespace prospector::sync

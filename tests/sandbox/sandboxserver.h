// The sandbox: HubSpot, lemlist and Explorium simulators, each on its own loopback port (so every
// client keeps its real URL layout), sharing one clock, one fault injector and one admin API.
#pragma once

#include "exploriumsimulator.h"
#include "faultinjector.h"
#include "hubspotsimulator.h"
#include "lemlistsimulator.h"
#include "sandboxadmin.h"
#include "sandboxrouter.h"
#include "slidingwindow.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QTcpServer;

namespace prospector::sandbox {

class HttpConnection;

struct SandboxPorts {
    quint16 hubspot = 0; // 0 = any free port
    quint16 lemlist = 0;
    quint16 explorium = 0;
};

class SandboxServer : public QObject {
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 only. Returns false (and why) when a port cannot be bound.
    bool listen(const SandboxPorts &ports = {}, QString *error = nullptr);
    void close();

    // Base URLs as each client expects them (lemlist's includes its /api prefix).
    QUrl hubspotUrl() const;
    QUrl lemlistUrl() const;
    QUrl exploriumUrl() const;
    // The admin API (/_sandbox/...) answers on every port; this is the HubSpot one.
    QUrl adminUrl() const { return hubspotUrl(); }

    HubSpotSimulator &hubspot() { return m_hubspot; }
    LemlistSimulator &lemlist() { return m_lemlist; }
    ExploriumSimulator &explorium() { return m_explorium; }
    FaultInjector &faults() { return m_faults; }
    SandboxClock &clock() { return m_clock; }

    // Every simulated duration (rate-limit windows, indexing delay) is multiplied by this.
    void setTimeScale(double scale) { m_clock.setTimeScale(scale); }
    // Let any non-empty credential in (what `prospector --sandbox` wants); tests keep it off.
    void acceptAnyCredential(bool accept);
    // Forgets stored data, counters and faults, and drops hanging connections. Config stays.
    void reset();
    QJsonObject state() const;
    int openConnections() const;

private:
    QTcpServer *startListener(const QString &service, quint16 port, QString *error);
    static QUrl urlOf(const QTcpServer *server, const QString &path);

    SandboxClock m_clock;
    FaultInjector m_faults;
    HubSpotSimulator m_hubspot;
    LemlistSimulator m_lemlist;
    ExploriumSimulator m_explorium;
    SandboxAdmin m_admin;
    SandboxRouter m_router;
    QTcpServer *m_hubspotServer = nullptr;
    QTcpServer *m_lemlistServer = nullptr;
    QTcpServer *m_exploriumServer = nullptr;
    QList<QPointer<HttpConnection>> m_connections;
};

} // namespace prospector::sandbox

#include "sandboxserver.h"

#include "httpconnection.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace prospector::sandbox {

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_hubspot(m_clock)
    , m_lemlist(m_clock)
    , m_explorium(m_clock)
    , m_admin(*this)
    , m_router(m_faults, m_admin) {
    m_router.addService(&m_hubspot);
    m_router.addService(&m_lemlist);
    m_router.addService(&m_explorium);
}

SandboxServer::~SandboxServer() {
    close();
}

bool SandboxServer::listen(const SandboxPorts &ports, QString *error) {
    close();
    QString why;
    m_hubspotServer = startListener(QStringLiteral("hubspot"), ports.hubspot, &why);
    if (m_hubspotServer)
        m_lemlistServer = startListener(QStringLiteral("lemlist"), ports.lemlist, &why);
    if (m_lemlistServer)
        m_exploriumServer = startListener(QStringLiteral("explorium"), ports.explorium, &why);
    if (!m_exploriumServer) {
        close();
        if (error)
            *error = why;
        return false;
    }
    return true;
}

QTcpServer *SandboxServer::startListener(const QString &service, quint16 port, QString *error) {
    auto *server = new QTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        *error = service + QStringLiteral(": ") + server->errorString();
        delete server;
        return nullptr;
    }
    connect(server, &QTcpServer::newConnection, this, [this, server, service] {
        while (QTcpSocket *socket = server->nextPendingConnection()) {
            auto *connection = new HttpConnection(socket, m_router, service, this);
            m_connections.removeAll(nullptr);
            m_connections.append(connection);
        }
    });
    return server;
}

void SandboxServer::close() {
    for (QTcpServer *server : {m_hubspotServer, m_lemlistServer, m_exploriumServer}) {
        if (server) {
            server->close();
            server->deleteLater();
        }
    }
    m_hubspotServer = m_lemlistServer = m_exploriumServer = nullptr;
    for (const QPointer<HttpConnection> &connection : std::as_const(m_connections)) {
        if (connection)
            connection->closeNow();
    }
    m_connections.clear();
}

QUrl SandboxServer::urlOf(const QTcpServer *server, const QString &path) {
    if (!server)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(server->serverPort());
    url.setPath(path);
    return url;
}

QUrl SandboxServer::hubspotUrl() const {
    return urlOf(m_hubspotServer, {});
}

QUrl SandboxServer::lemlistUrl() const {
    return urlOf(m_lemlistServer, QStringLiteral("/api"));
}

QUrl SandboxServer::exploriumUrl() const {
    return urlOf(m_exploriumServer, {});
}

void SandboxServer::acceptAnyCredential(bool accept) {
    m_hubspot.config().acceptAnyToken = accept;
    m_lemlist.config().acceptAnyKey = accept;
    m_explorium.config().acceptAnyKey = accept;
}

void SandboxServer::reset() {
    m_hubspot.reset();
    m_lemlist.reset();
    m_explorium.reset();
    m_faults.clear();
    // Hanging connections would otherwise keep answering nothing into the next test. (Others stay:
    // the reset may itself have come in on one of them.)
    for (const QPointer<HttpConnection> &connection : std::as_const(m_connections)) {
        if (connection && connection->isHanging())
            connection->closeNow();
    }
    m_connections.removeAll(nullptr);
}

QJsonObject SandboxServer::state() const {
    return {{QStringLiteral("hubspot"), m_hubspot.state()},
            {QStringLiteral("lemlist"), m_lemlist.state()},
            {QStringLiteral("explorium"), m_explorium.state()},
            {QStringLiteral("faults"), m_faults.toJson().value(QStringLiteral("faults"))},
            {QStringLiteral("timeScale"), m_clock.timeScale()},
            {QStringLiteral("urls"), QJsonObject{{QStringLiteral("hubspot"), hubspotUrl().toString()},
                                                 {QStringLiteral("lemlist"), lemlistUrl().toString()},
                                                 {QStringLiteral("explorium"), exploriumUrl().toString()}}}};
}

int SandboxServer::openConnections() const {
    int count = 0;
    for (const QPointer<HttpConnection> &connection : m_connections)
        count += connection ? 1 : 0;
    return count;
}

} // namespace prospector::sandbox

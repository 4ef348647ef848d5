#include "common/singleinstance.h"

#include "logging/categories.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QLocalServer>
#include <QLocalSocket>

namespace prospector {

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent) {
    // Socket names have length limits; a hash of user + data dir is short and unique enough.
    const QByteArray hash = QCryptographicHash::hash(
        (qEnvironmentVariable("USER") + QLatin1Char('|') + key).toUtf8(), QCryptographicHash::Sha256);
    m_serverName = QStringLiteral("prospector-") + QString::fromLatin1(hash.toHex().left(16));
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::claim(const QStringList &arguments) {
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (socket.waitForConnected(500)) {
        QByteArray payload;
        QDataStream stream(&payload, QIODevice::WriteOnly);
        stream << arguments;
        socket.write(payload);
        socket.waitForBytesWritten(1000);
        socket.disconnectFromServer();
        qCInfo(lcApp) << "another instance is running; handed over to it";
        return false;
    }
    // Nobody answered: a stale socket file from a crashed instance may remain; remove it.
    QLocalServer::removeServer(m_serverName);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        qCWarning(lcApp) << "single-instance server failed:" << m_server->errorString();
        return true; // still run; we only lose the "raise the first window" nicety
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

void SingleInstance::onNewConnection() {
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            QByteArray payload = socket->readAll();
            QDataStream stream(payload);
            QStringList arguments;
            stream >> arguments;
            Q_EMIT activationRequested(arguments);
        });
    }
}

} // namespace prospector

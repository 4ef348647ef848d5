#pragma once

// A loopback HTTP/1.1 responder for tests that need one canned answer per request and want to
// see exactly what the client sent (request line and headers).
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

namespace prospector::testing {

class FakeHttpServer : public QObject {
public:
    FakeHttpServer() {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onData(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }

    void respond(int status, QByteArray body, QByteArray contentType = "application/json") {
        m_status = status;
        m_body = std::move(body);
        m_contentType = std::move(contentType);
    }

    // The head (request line + headers) of every request received so far.
    const QList<QByteArray> &requests() const { return m_requests; }

private:
    void onData(QTcpSocket *socket) {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        m_requests.append(buffer.left(end));
        m_buffers.remove(socket);
        QByteArray reply = "HTTP/1.1 " + QByteArray::number(m_status) +
                           " Status\r\nContent-Type: " + m_contentType +
                           "\r\nContent-Length: " + QByteArray::number(m_body.size()) +
                           "\r\nConnection: close\r\n\r\n" + m_body;
        socket->write(reply);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_requests;
    int m_status = 200;
    QByteArray m_body = "{}";
    QByteArray m_contentType = "application/json";
};

} // namespace prospector::testing

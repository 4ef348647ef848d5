#include "httpconnection.h"

#include "sandboxrouter.h"

#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace prospector::sandbox {

HttpConnection::HttpConnection(QTcpSocket *socket, SandboxRouter &router, QString service, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_router(router)
    , m_service(std::move(service)) {
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    // Bytes may already be buffered when the connection is handed over.
    QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
}

void HttpConnection::closeNow() {
    m_closing = true;
    m_socket->abort();
    deleteLater();
}

void HttpConnection::onReadyRead() {
    if (m_closing)
        return;
    m_parser.feed(m_socket->readAll());
    processNext();
}

void HttpConnection::processNext() {
    if (m_busy || m_closing)
        return;
    auto request = m_parser.next();
    if (!request) {
        if (m_parser.error() != HttpRequestParser::Error::None) {
            const int status = m_parser.errorStatus();
            HttpResponse response = HttpResponse::text(status, reasonPhrase(status));
            m_socket->write(response.serialize(false));
            m_closing = true;
            m_socket->disconnectFromHost();
        } else if (m_parser.takeContinueRequest()) {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return;
    }
    m_busy = true;
    const bool keepAlive = !request->wantsClose();
    const Reply reply = m_router.route(m_service, *request);
    if (reply.delayMs > 0 && reply.mode == Reply::Mode::Normal) {
        QTimer::singleShot(reply.delayMs, this, [this, reply, keepAlive] { deliver(reply, keepAlive); });
        return;
    }
    deliver(reply, keepAlive);
}

void HttpConnection::deliver(const Reply &reply, bool keepAlive) {
    if (m_closing)
        return;
    switch (reply.mode) {
    case Reply::Mode::Normal:
        m_socket->write(reply.response.serialize(keepAlive));
        finishResponse(keepAlive);
        return;
    case Reply::Mode::Hang:
        m_hanging = true;
        return; // stay busy: later requests on this connection are never answered either
    case Reply::Mode::Reset:
        resetConnection();
        return;
    case Reply::Mode::Truncate: {
        const QByteArray full = reply.response.serialize(false);
        const qsizetype missing = reply.response.body.size() - reply.response.body.size() / 2;
        m_socket->write(full.left(full.size() - missing));
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    }
}

void HttpConnection::finishResponse(bool keepAlive) {
    m_busy = false;
    if (!keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost(); // flushes what was written first
        return;
    }
    // Pipelined requests may already be waiting in the parser.
    if (m_parser.hasBufferedBytes())
        QTimer::singleShot(0, this, &HttpConnection::processNext);
}

void HttpConnection::resetConnection() {
    m_closing = true;
#ifdef Q_OS_UNIX
    // A zero linger turns close() into a TCP RST instead of an orderly FIN.
    const qintptr descriptor = m_socket->socketDescriptor();
    if (descriptor >= 0) {
        struct linger option = {1, 0};
        ::setsockopt(static_cast<int>(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    }
#endif
    m_socket->abort();
    deleteLater();
}

} // namespace prospector::sandbox

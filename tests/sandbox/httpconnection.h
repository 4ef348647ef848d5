// One accepted TCP connection: parses requests as bytes arrive, answers them one at a time in
// order (keep-alive, pipelining tolerated), and carries out wire-level faults (hang, reset,
// truncated body, delayed answer).
#pragma once

#include "httprequestparser.h"

#include <QObject>

class QTcpSocket;

namespace prospector::sandbox {

class SandboxRouter;
struct Reply;

class HttpConnection : public QObject {
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, SandboxRouter &router, QString service, QObject *parent = nullptr);

    // Closes hanging connections too (used when the sandbox resets or shuts down).
    void closeNow();
    bool isHanging() const { return m_hanging; }

private:
    void onReadyRead();
    void processNext();
    void deliver(const Reply &reply, bool keepAlive);
    void finishResponse(bool keepAlive);
    void resetConnection();

    QTcpSocket *m_socket;
    SandboxRouter &m_router;
    QString m_service;
    HttpRequestParser m_parser;
    bool m_busy = false; // a response is pending (delayed or hanging)
    bool m_closing = false;
    bool m_hanging = false; // an injected hang: nothing more is ever answered here
};

} // namespace prospector::sandbox

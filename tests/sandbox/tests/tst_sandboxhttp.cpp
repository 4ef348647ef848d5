// The sandbox's HTTP/1.1 server core, over raw sockets: partial reads, pipelining, keep-alive,
// Connection: close, and refusal of what it does not support.
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>

using namespace prospector::sandbox;

namespace {

struct RawResponse {
    int status = 0;
    QByteArray head;
    QByteArray body;
};

// Reads `count` complete responses (Content-Length framed) or gives up after `timeoutMs`.
QList<RawResponse> readResponses(QTcpSocket &socket, int count, int timeoutMs = 3000) {
    QList<RawResponse> responses;
    QByteArray buffer;
    QElapsedTimer timer;
    timer.start();
    while (responses.size() < count && timer.elapsed() < timeoutMs) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            RawResponse response;
            response.head = buffer.left(headEnd);
            response.status = response.head.mid(9, 3).toInt();
            qsizetype length = 0;
            for (const QByteArray &line : response.head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() >= headEnd + 4 + length) {
                response.body = buffer.mid(headEnd + 4, length);
                buffer.remove(0, headEnd + 4 + length);
                responses.append(response);
                continue;
            }
        }
        // The server runs on this thread, so wait by spinning the event loop, never by blocking.
        QTest::qWait(5);
        buffer += socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0 &&
            buffer.indexOf("\r\n\r\n") < 0)
            break;
    }
    return responses;
}

QByteArray get(const QByteArray &path, const QByteArray &extra = {}) {
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

} // namespace

class TestSandboxHttp : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen());
        m_socket = std::make_unique<QTcpSocket>();
        m_socket->connectToHost(QHostAddress::LocalHost, m_server->hubspotUrl().port());
        QTRY_COMPARE(m_socket->state(), QAbstractSocket::ConnectedState);
    }
    void cleanup() {
        m_socket.reset();
        m_server.reset();
    }

    void listensOnLoopbackOnly() {
        for (const QUrl &url : {m_server->hubspotUrl(), m_server->lemlistUrl(), m_server->exploriumUrl()}) {
            QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
            QVERIFY(url.port() > 0);
        }
        QCOMPARE(m_server->lemlistUrl().path(), QStringLiteral("/api"));
    }

    void requestArrivingByteByByteIsParsedWhole() {
        const QByteArray body = R"({"name":"Slow campaign"})";
        const QByteArray request =
            "POST /_sandbox/lemlist/campaigns HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Content-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body;
        for (char byte : request) {
            m_socket->write(&byte, 1);
            m_socket->flush();
            QTest::qWait(1);
        }
        const QList<RawResponse> responses = readResponses(*m_socket, 1);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.at(0).status, 201);
        QCOMPARE(m_server->lemlist().campaigns().size(), 1);
        QCOMPARE(m_server->lemlist().campaigns().at(0).name, QStringLiteral("Slow campaign"));
    }

    void pipelinedRequestsAreAnsweredInOrderOnOneConnection() {
        m_socket->write(get("/_sandbox/config") + get("/_sandbox/nope") + get("/_sandbox/state"));
        const QList<RawResponse> responses = readResponses(*m_socket, 3);
        QCOMPARE(responses.size(), 3);
        QCOMPARE(responses.at(0).status, 200);
        QCOMPARE(responses.at(1).status, 404);
        QCOMPARE(responses.at(2).status, 200);
        QVERIFY(QJsonDocument::fromJson(responses.at(2).body).object().contains(QStringLiteral("hubspot")));
        QVERIFY(responses.at(0).head.contains("Connection: keep-alive"));
        // Still open for more (keep-alive).
        m_socket->write(get("/_sandbox/config"));
        QCOMPARE(readResponses(*m_socket, 1).size(), 1);
        QCOMPARE(m_socket->state(), QAbstractSocket::ConnectedState);
    }

    void expectContinueGetsAHundredContinue() {
        const QByteArray body = R"({"name":"Big one"})";
        m_socket->write(
            "POST /_sandbox/lemlist/campaigns HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n");
        QByteArray interim;
        QTRY_VERIFY((interim += m_socket->readAll()).contains("\r\n\r\n"));
        QCOMPARE(interim, QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
        m_socket->write(body);
        const QList<RawResponse> responses = readResponses(*m_socket, 1);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.at(0).status, 201);
    }

    void manyConcurrentClientRequestsAreEachAnsweredOnce() {
        m_server->hubspot().config().burstLimit = 1000;
        QNetworkAccessManager manager; // up to 6 parallel keep-alive connections per host
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 150; ++i) {
            QNetworkRequest request(m_server->hubspotUrl().resolved(
                QUrl(QStringLiteral("/crm/v3/objects/contacts/batch/upsert"))));
            request.setRawHeader("Authorization", "Bearer sandbox-hubspot-token");
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            const QJsonObject input{{QStringLiteral("idProperty"), QStringLiteral("email")},
                                    {QStringLiteral("id"), QStringLiteral("p%1@acme.com").arg(i % 100)},
                                    {QStringLiteral("properties"), QJsonObject{}}};
            const QJsonObject body{{QStringLiteral("inputs"), QJsonArray{input}}};
            replies.append(manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }),
            10000);
        for (QNetworkReply *reply : std::as_const(replies)) {
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            reply->deleteLater();
        }
        QCOMPARE(m_server->hubspot().contacts().records.size(), 100); // 50 emails were sent twice
        QCOMPARE(m_server->hubspot().counters().requests, 150);
    }

    void connectionCloseIsHonoured() {
        m_socket->write(get("/_sandbox/config", "Connection: close\r\n"));
        const QList<RawResponse> responses = readResponses(*m_socket, 1);
        QCOMPARE(responses.size(), 1);
        QVERIFY(responses.at(0).head.contains("Connection: close"));
        QTRY_COMPARE(m_socket->state(), QAbstractSocket::UnconnectedState);
    }

    void refusesWhatItDoesNotSupport() {
        m_socket->write("POST /_sandbox/reset HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
        QList<RawResponse> responses = readResponses(*m_socket, 1);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.at(0).status, 501);
        QTRY_COMPARE(m_socket->state(), QAbstractSocket::UnconnectedState);

        QTcpSocket big;
        big.connectToHost(QHostAddress::LocalHost, m_server->hubspotUrl().port());
        QTRY_COMPARE(big.state(), QAbstractSocket::ConnectedState);
        big.write("POST /crm/v3/objects/contacts HTTP/1.1\r\nContent-Length: 2000000\r\n\r\n");
        responses = readResponses(big, 1);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.at(0).status, 413);
        QCOMPARE(m_server->hubspot().counters().requests, 0); // refused before reaching the simulator

        QTcpSocket garbage;
        garbage.connectToHost(QHostAddress::LocalHost, m_server->hubspotUrl().port());
        QTRY_COMPARE(garbage.state(), QAbstractSocket::ConnectedState);
        garbage.write("HELLO\r\n\r\n");
        responses = readResponses(garbage, 1);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.at(0).status, 400);
    }

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QTcpSocket> m_socket;
};

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "tst_sandboxhttp.moc"

#pragma once

// Test transport: a QNetworkAccessManager whose createRequest() returns scripted replies, so
// HTTP code runs end to end without sockets (DESIGN.md practice 7). Header-only, no Q_OBJECT.

#include "net/virtualclock.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <functional>

namespace prospector::test {

struct FakeResponse {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError; // set for transport failures
    bool hang = false;                                                 // never finishes by itself

    static FakeResponse json(int status, const QByteArray &body) {
        FakeResponse r;
        r.status = status;
        r.body = body;
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json;charset=utf-8")));
        return r;
    }
    static FakeResponse text(int status, const QByteArray &body) {
        FakeResponse r;
        r.status = status;
        r.body = body;
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/plain; charset=utf-8")));
        return r;
    }
    static FakeResponse failure(QNetworkReply::NetworkError error) {
        FakeResponse r;
        r.status = 0;
        r.networkError = error;
        return r;
    }
    static FakeResponse hanging() {
        FakeResponse r;
        r.hang = true;
        return r;
    }
    FakeResponse &withHeader(const QByteArray &name, const QByteArray &value) {
        headers.append(qMakePair(name, value));
        return *this;
    }
};

struct RecordedRequest {
    QByteArray method;
    QUrl url;
    QNetworkRequest request;
    QByteArray body;
    QByteArray header(const QByteArray &name) const { return request.rawHeader(name); }
};

class FakeReply final : public QNetworkReply {
public:
    FakeReply(const RecordedRequest &recorded, const FakeResponse &response, QObject *parent)
        : QNetworkReply(parent) {
        setRequest(recorded.request);
        setUrl(recorded.url);
        setOperation(QNetworkAccessManager::CustomOperation);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        m_response = response;
        if (!response.hang)
            QTimer::singleShot(0, this, [this] { complete(); });
    }
    void abort() override {
        if (isFinished())
            return;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        finish();
    }
    qint64 bytesAvailable() const override { return m_data.size() - m_offset + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_offset);
        if (n <= 0)
            return m_offset >= m_data.size() && isFinished() ? -1 : 0;
        memcpy(data, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    void complete() {
        if (isFinished())
            return;
        if (m_response.networkError != NoError) {
            setError(m_response.networkError, QStringLiteral("scripted network error"));
        } else {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
            for (const auto &h : std::as_const(m_response.headers))
                setRawHeader(h.first, h.second);
            m_data = m_response.body;
        }
        finish();
    }
    void finish() {
        setFinished(true);
        if (error() != NoError)
            Q_EMIT errorOccurred(error());
        Q_EMIT readyRead();
        Q_EMIT finished();
    }

    FakeResponse m_response;
    QByteArray m_data;
    qint64 m_offset = 0;
};

class FakeNetwork final : public QNetworkAccessManager {
public:
    using Responder = std::function<FakeResponse(const RecordedRequest &)>;

    // Either a queue of responses (used in order) or a responder function.
    void enqueue(const FakeResponse &response) { m_queue.append(response); }
    void setResponder(Responder responder) { m_responder = std::move(responder); }

    QList<RecordedRequest> requests;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoing) override {
        RecordedRequest recorded;
        recorded.request = request;
        recorded.url = request.url();
        switch (op) {
        case GetOperation:
            recorded.method = "GET";
            break;
        case PostOperation:
            recorded.method = "POST";
            break;
        case PutOperation:
            recorded.method = "PUT";
            break;
        case DeleteOperation:
            recorded.method = "DELETE";
            break;
        case HeadOperation:
            recorded.method = "HEAD";
            break;
        default:
            recorded.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
            break;
        }
        if (outgoing)
            recorded.body = outgoing->readAll();
        requests.append(recorded);
        FakeResponse response;
        if (m_responder)
            response = m_responder(recorded);
        else if (!m_queue.isEmpty())
            response = m_queue.takeFirst();
        else
            response = FakeResponse::text(599, "no scripted response left");
        return new FakeReply(recorded, response, this);
    }

private:
    QList<FakeResponse> m_queue;
    Responder m_responder;
};

// Runs the event loop and the virtual clock until pred holds: processes posted events (fake
// replies finish through them), then jumps the clock to the next timer. Returns pred().
inline bool runUntil(net::VirtualClock &clock, const std::function<bool()> &pred,
                     qint64 maxVirtualMs = 600000) {
    const qint64 limit = clock.nowMs() + maxVirtualMs;
    for (int i = 0; i < 100000; ++i) {
        // Each request of a sequential chain costs a few passes (reply, delivery, next send); enough
        // passes that a chain of several requests completes before virtual time moves on.
        for (int j = 0; j < 40; ++j)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (pred())
            return true;
        const qint64 next = clock.nextDueMs();
        if (next < 0 || next > limit)
            return pred();
        clock.advance(std::max<qint64>(0, next - clock.nowMs()));
    }
    return pred();
}

} // namespace prospector::test

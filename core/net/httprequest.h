#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace prospector::net {

// One logical API call, described independently of the transport. The HttpClient resolves the
// path against the service's base URL and attaches authentication; callers never see tokens.
struct HttpRequest {
    QByteArray method = "GET"; // GET, POST, PUT, PATCH, DELETE
    QString path;              // relative to the base URL, already percent-encoded per segment
    QUrlQuery query;
    QByteArray body;                                // sent as application/json when not empty
    QString operation;                              // log name, e.g. "hubspot.contacts.batchUpsert"
    int timeoutMs = 30000;                          // whole-operation deadline for one attempt
    QString rateBucket = QStringLiteral("default"); // which RateLimiter of the service to use
    // True when sending twice cannot change the outcome (reads, upserts by key). Non-idempotent
    // calls are only retried when the server certainly did not process them (429, 423).
    bool idempotent = true;
    int maxAttempts = 0; // 0 = the RetryPolicy's setting; 1 = never retry (e.g. "Test connection")

    static HttpRequest get(QString path, QUrlQuery query = {}) {
        HttpRequest r;
        r.method = "GET";
        r.path = std::move(path);
        r.query = std::move(query);
        return r;
    }
    static HttpRequest withBody(QByteArray method, QString path, QByteArray body) {
        HttpRequest r;
        r.method = std::move(method);
        r.path = std::move(path);
        r.body = std::move(body);
        return r;
    }
};

} // namespace prospector::net

// What the router needs from each simulated service, and the request accounting they share.
#pragma once

#include "httpmessage.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace prospector::sandbox {

// Counts of what reached a service, so tests can assert "exactly N requests, M of them 429".
struct RequestCounters {
    int requests = 0;
    int rateLimited = 0;        // every 429, real or injected
    int faults = 0;             // requests that hit an injected fault
    QMap<QString, int> byRoute; // "POST /crm/v3/objects/contacts/batch/upsert" -> count
    QMap<int, int> byStatus;

    void reset() { *this = RequestCounters(); }
    QJsonObject toJson() const;
};

class ServiceSimulator {
public:
    virtual ~ServiceSimulator() = default;

    virtual QString name() const = 0; // "hubspot", "lemlist", "explorium"
    // Auth, rate limit, then the operation. Always returns a response.
    virtual HttpResponse handle(const HttpRequest &request) = 0;
    // The service's own 429 (body and headers as documented), for injected rate-limit bursts.
    virtual HttpResponse rateLimitedResponse(const HttpRequest &request) = 0;
    // The service's own error envelope for an injected error status.
    virtual HttpResponse errorResponse(int status) = 0;
    virtual QJsonObject state() const = 0; // stored data, for assertions
    virtual void reset() = 0;              // forget stored data and limiter history

    RequestCounters &counters() { return m_counters; }
    const RequestCounters &counters() const { return m_counters; }

private:
    RequestCounters m_counters;
};

// "POST /crm/v3/objects/contacts/{id}" style key with numeric/email segments collapsed, so
// per-route counts stay readable.
QString routeKey(const HttpRequest &request);

} // namespace prospector::sandbox

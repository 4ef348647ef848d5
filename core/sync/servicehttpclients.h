#pragma once

#include "net/service.h"

#include <QString>
#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace prospector::net {
class HttpClient;
class RateLimiter;
} // namespace prospector::net

namespace prospector::storage {
class Database;
}

namespace prospector::sync {

// Builds and owns one HttpClient per service for a headless run: the base URL and request budget
// the rep chose in Settings (integrations::ServiceSettings: environment, saved value, else the
// real service and its documented limits), tokens asked per request.
// Lives on the thread that uses the clients.
class ServiceHttpClients {
public:
    using TokenProvider = std::function<QString(net::Service)>;

    ServiceHttpClients(const storage::Database &database, TokenProvider tokens);
    ~ServiceHttpClients();

    // The service's client, created on first use.
    net::HttpClient *client(net::Service service);

private:
    const storage::Database &m_database;
    TokenProvider m_tokens;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::vector<std::unique_ptr<net::RateLimiter>> m_limiters;
    std::vector<std::pair<net::Service, std::unique_ptr<net::HttpClient>>> m_clients;
};

} // namespace prospector::sync

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

namespace prospector::sync {

// Builds and owns one HttpClient per service for a headless run: base URL from the environment
// (PROSPECTOR_*_URL, else the real service), the documented rate limits, tokens asked per request.
// Lives on the thread that uses the clients.
class ServiceHttpClients {
public:
    using TokenProvider = std::function<QString(net::Service)>;

    explicit ServiceHttpClients(TokenProvider tokens);
    ~ServiceHttpClients();

    // The service's client, created on first use.
    net::HttpClient *client(net::Service service);

private:
    TokenProvider m_tokens;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::vector<std::unique_ptr<net::RateLimiter>> m_limiters;
    std::vector<std::pair<net::Service, std::unique_ptr<net::HttpClient>>> m_clients;
};

} // namespace prospector::sync

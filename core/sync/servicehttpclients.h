#pragma once

#include "net/circuitbreaker.h"
#include "net/retrypolicy.h"
#include "net/service.h"

#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace prospector::net {
class HttpClient;
class ServiceConnection;
} // namespace prospector::net

namespace prospector::storage {
class Database;
}

namespace prospector::sync {

// Owns one net::ServiceConnection per service for a headless run (rate limiter(s), circuit
// breaker and the HttpClient wired to both), built on first use from what the rep chose in
// Settings (integrations::ServiceSettings: base URL and request budget; environment, saved
// value, else the real service and its documented limits). Tokens are asked per request.
// Lives on the thread that uses the clients.
class ServiceHttpClients {
public:
    using TokenProvider = std::function<QString(net::Service)>;

    // What tests and benchmarks may change; the defaults are the production behaviour.
    struct Options {
        net::CircuitBreaker::Settings breaker;   // 5 failures, 30 s open
        std::optional<net::RetrySettings> retry; // the HttpClient's default when unset
        int timeoutCapMs = 0;                    // caps every request's deadline (0 = none)
    };

    ServiceHttpClients(const storage::Database &database, TokenProvider tokens);
    ServiceHttpClients(const storage::Database &database, TokenProvider tokens, Options options);
    ~ServiceHttpClients();

    // The service's connection (and its client), created on first use.
    net::ServiceConnection *connection(net::Service service);
    net::HttpClient *client(net::Service service);

private:
    const storage::Database &m_database;
    TokenProvider m_tokens;
    Options m_options;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::vector<std::unique_ptr<net::ServiceConnection>> m_connections;
};

} // namespace prospector::sync

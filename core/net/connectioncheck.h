#pragma once

#include "net/apierror.h"
#include "net/httprequest.h"

#include <QObject>
#include <functional>

namespace prospector::net {

class HttpClient;

// "Test connection": one cheap authenticated request per service that proves the token works,
// sent once (no retries) with a short deadline.
//   HubSpot   GET /crm/v3/objects/contacts?limit=1  (needs the contacts read scope the app uses)
//   lemlist   GET /team
//   Explorium GET /v1/credits                        (free; no credits consumed)
// The result is an ApiError: kind None means connected; otherwise kind + userMessage() tell the
// user what to fix (wrong key, missing scope, unreachable server, ...).
class ConnectionCheck {
public:
    using Done = std::function<void(const ApiError &)>;

    static HttpRequest requestFor(Service service);
    // The client must be built for the service with the token to test (see ServiceEndpoint).
    static void run(HttpClient &client, QObject *context, Done done);
};

} // namespace prospector::net

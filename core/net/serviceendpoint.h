#pragma once

#include "net/service.h"

#include <QNetworkRequest>
#include <QUrl>
#include <functional>

namespace prospector::net {

// Where a service lives and how to authenticate to it. The token is fetched per request through
// tokenProvider, so a token changed in the keychain applies to the next call, and "Test
// connection" can pass a token the user typed but has not saved yet.
struct ServiceEndpoint {
    Service service = Service::HubSpot;
    QUrl baseUrl;
    std::function<QString()> tokenProvider;

    static QUrl defaultBaseUrl(Service service);
    // PROSPECTOR_HUBSPOT_URL / PROSPECTOR_LEMLIST_URL / PROSPECTOR_EXPLORIUM_URL, else the default.
    static QUrl baseUrlFromEnvironment(Service service);
    static const char *environmentVariable(Service service);
};

// Attaches the service's auth scheme: HubSpot "Authorization: Bearer <token>", lemlist HTTP Basic
// with an empty user and the key as password, Explorium "api_key: <key>". Nothing when empty.
void applyAuthentication(Service service, const QString &token, QNetworkRequest &request);

// True when the URL's host is this machine (localhost or a loopback address).
bool isLoopbackHost(const QUrl &url);

// Plain http is accepted only for loopback hosts (tests, sandbox); anything else must be https
// so tokens never cross the network in clear text.
bool isAllowedBaseUrl(const QUrl &url);

} // namespace prospector::net

#include "net/serviceendpoint.h"

#include <QHostAddress>

namespace prospector::net {

QUrl ServiceEndpoint::defaultBaseUrl(Service service) {
    switch (service) {
    case Service::HubSpot:
        return QUrl(QStringLiteral("https://api.hubapi.com"));
    case Service::Lemlist:
        return QUrl(QStringLiteral("https://api.lemlist.com/api"));
    case Service::Explorium:
        return QUrl(QStringLiteral("https://api.explorium.ai"));
    }
    return {};
}

const char *ServiceEndpoint::environmentVariable(Service service) {
    switch (service) {
    case Service::HubSpot:
        return "PROSPECTOR_HUBSPOT_URL";
    case Service::Lemlist:
        return "PROSPECTOR_LEMLIST_URL";
    case Service::Explorium:
        return "PROSPECTOR_EXPLORIUM_URL";
    }
    return "";
}

QUrl ServiceEndpoint::baseUrlFromEnvironment(Service service) {
    const QByteArray value = qgetenv(environmentVariable(service));
    if (!value.isEmpty()) {
        const QUrl url(QString::fromUtf8(value));
        if (url.isValid() && !url.host().isEmpty())
            return url;
    }
    return defaultBaseUrl(service);
}

void applyAuthentication(Service service, const QString &token, QNetworkRequest &request) {
    if (token.isEmpty())
        return;
    switch (service) {
    case Service::HubSpot:
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        break;
    case Service::Lemlist:
        // The colon is required: empty user name, key as password.
        request.setRawHeader("Authorization", "Basic " + QByteArray(':' + token.toUtf8()).toBase64());
        break;
    case Service::Explorium:
        request.setRawHeader("api_key", token.toUtf8());
        break;
    }
}

bool isLoopbackHost(const QUrl &url) {
    const QString host = url.host();
    if (host == QLatin1StringView("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isAllowedBaseUrl(const QUrl &url) {
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1StringView("https"))
        return true;
    return url.scheme() == QLatin1StringView("http") && isLoopbackHost(url);
}

} // namespace prospector::net

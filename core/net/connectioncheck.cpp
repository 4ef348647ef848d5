#include "net/connectioncheck.h"

#include "net/httpclient.h"

#include <QJsonDocument>

namespace prospector::net {

HttpRequest ConnectionCheck::requestFor(Service service) {
    HttpRequest request;
    request.method = "GET";
    request.maxAttempts = 1;
    request.timeoutMs = 15000;
    switch (service) {
    case Service::HubSpot:
        request.path = QStringLiteral("/crm/v3/objects/contacts");
        request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        request.operation = QStringLiteral("hubspot.connectionCheck");
        break;
    case Service::Lemlist:
        request.path = QStringLiteral("/team");
        request.operation = QStringLiteral("lemlist.connectionCheck");
        break;
    case Service::Explorium:
        request.path = QStringLiteral("/v1/credits");
        request.operation = QStringLiteral("explorium.connectionCheck");
        break;
    }
    return request;
}

void ConnectionCheck::run(HttpClient &client, QObject *context, Done done) {
    client.send(requestFor(client.service()), context,
                [done = std::move(done)](const HttpResponse &response) {
                    if (!response.ok()) {
                        done(response.error);
                        return;
                    }
                    // A 200 that is not JSON is a proxy or captive portal, not the service.
                    QJsonDocument doc;
                    ApiError parseError;
                    if (!response.parseJson(&doc, &parseError)) {
                        done(parseError);
                        return;
                    }
                    done(ApiError::make(ApiErrorKind::None, response.error.service));
                });
}

} // namespace prospector::net

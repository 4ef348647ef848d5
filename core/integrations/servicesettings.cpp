#include "integrations/servicesettings.h"

#include "storage/settingsrepository.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace prospector::integrations {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("ServiceSettings", text);
}

QString baseUrlKey(Service service) {
    return QStringLiteral("integrations.%1.base_url").arg(serviceId(service));
}

QString rateLimitKey(Service service) {
    return QStringLiteral("integrations.%1.rate_limit").arg(serviceId(service));
}

bool isLoopbackHost(const QString &host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// The largest budget we accept: far above any tier, only there to catch typos.
constexpr int kMaxRequestsPerWindow = 100000;

} // namespace

ServiceSettings::ServiceSettings(storage::SettingsRepository &settings)
    : m_settings(settings) {}

QUrl ServiceSettings::productionBaseUrl(Service service) {
    switch (service) {
    case Service::HubSpot:
        return QUrl(QStringLiteral("https://api.hubapi.com"));
    case Service::Lemlist:
        return QUrl(QStringLiteral("https://api.lemlist.com/api"));
    case Service::Explorium:
        return QUrl(QStringLiteral("https://api.explorium.ai"));
    }
    Q_UNREACHABLE();
}

QString ServiceSettings::baseUrlEnvironmentVariable(Service service) {
    return QStringLiteral("PROSPECTOR_%1_URL").arg(serviceId(service).toUpper());
}

QUrl ServiceSettings::defaultBaseUrl(Service service) {
    const QString fromEnv = qEnvironmentVariable(baseUrlEnvironmentVariable(service).toLatin1().constData());
    if (!fromEnv.isEmpty()) {
        const QUrl url(fromEnv, QUrl::StrictMode);
        if (isAcceptableBaseUrl(url))
            return url;
    }
    return productionBaseUrl(service);
}

RateLimit ServiceSettings::defaultRateLimit(Service service) {
    switch (service) {
    case Service::HubSpot:
        return {100, 10};
    case Service::Lemlist:
        return {20, 2};
    case Service::Explorium:
        return {200, 60};
    }
    Q_UNREACHABLE();
}

bool ServiceSettings::isAcceptableBaseUrl(const QUrl &url, QString *reason) {
    const auto fail = [reason](const QString &text) {
        if (reason)
            *reason = text;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("Enter a full address such as https://api.example.com."));
    if (!url.userInfo().isEmpty())
        return fail(tr("The address must not contain a user name or password."));
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() == QLatin1String("http") && isLoopbackHost(url.host()))
        return true;
    return fail(tr("Use https (plain http is only allowed to this computer)."));
}

QUrl ServiceSettings::baseUrl(Service service) const {
    const QString stored = m_settings.value(baseUrlKey(service));
    if (!stored.isEmpty()) {
        const QUrl url(stored, QUrl::StrictMode);
        if (isAcceptableBaseUrl(url))
            return url;
    }
    return defaultBaseUrl(service);
}

bool ServiceSettings::hasCustomBaseUrl(Service service) const {
    return !m_settings.value(baseUrlKey(service)).isEmpty();
}

bool ServiceSettings::setBaseUrl(Service service, const QUrl &url, QString *error) {
    if (url.isEmpty())
        return m_settings.remove(baseUrlKey(service), error);
    if (!isAcceptableBaseUrl(url, error))
        return false;
    QUrl normalized = url.adjusted(QUrl::StripTrailingSlash);
    if (normalized.path() == QLatin1String("/"))
        normalized.setPath({});
    return m_settings.setValue(baseUrlKey(service), normalized.toString(), error);
}

RateLimit ServiceSettings::rateLimit(Service service) const {
    RateLimit limit = defaultRateLimit(service);
    bool ok = false;
    const int stored = m_settings.value(rateLimitKey(service)).toInt(&ok);
    if (ok && stored > 0 && stored <= kMaxRequestsPerWindow)
        limit.requests = stored;
    return limit;
}

bool ServiceSettings::setRateLimit(Service service, int requestsPerWindow, QString *error) {
    if (requestsPerWindow == 0)
        return m_settings.remove(rateLimitKey(service), error);
    if (requestsPerWindow < 0 || requestsPerWindow > kMaxRequestsPerWindow) {
        if (error)
            *error = tr("The limit must be between 1 and %1 requests.").arg(kMaxRequestsPerWindow);
        return false;
    }
    return m_settings.setValue(rateLimitKey(service), QString::number(requestsPerWindow), error);
}

} // namespace prospector::integrations

#include "integrations/servicesettings.h"

#include "net/serviceendpoint.h"
#include "storage/settingsrepository.h"

#include <QCoreApplication>

namespace prospector::integrations {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("ServiceSettings", text);
}

QString baseUrlKey(Service service) {
    return QStringLiteral("integrations.%1.base_url").arg(net::serviceKey(service));
}

QString rateLimitKey(Service service) {
    return QStringLiteral("integrations.%1.rate_limit").arg(net::serviceKey(service));
}

// The largest budget we accept: far above any tier, only there to catch typos.
constexpr int kMaxRequestsPerWindow = 100000;

} // namespace

ServiceSettings::ServiceSettings(storage::SettingsRepository &settings)
    : m_settings(settings) {}

QUrl ServiceSettings::defaultBaseUrl(Service service) {
    const QUrl fromEnvironment = net::ServiceEndpoint::baseUrlFromEnvironment(service);
    return isAcceptableBaseUrl(fromEnvironment) ? fromEnvironment
                                                : net::ServiceEndpoint::defaultBaseUrl(service);
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
    if (!net::isAllowedBaseUrl(url))
        return fail(tr("Use https (plain http is only allowed to this computer)."));
    return true;
}

QUrl ServiceSettings::baseUrl(Service service) const {
    // The environment is this run's explicit choice (--sandbox sets it): it beats the saved
    // setting, so a sandbox session can never reach a real service configured earlier.
    const QUrl fromEnvironment = net::ServiceEndpoint::baseUrlFromEnvironment(service);
    if (fromEnvironment != net::ServiceEndpoint::defaultBaseUrl(service) &&
        isAcceptableBaseUrl(fromEnvironment))
        return fromEnvironment;
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

net::RateLimit ServiceSettings::rateLimit(Service service) const {
    net::RateLimit limit = net::RateLimit::defaultFor(service);
    bool ok = false;
    const int stored = m_settings.value(rateLimitKey(service)).toInt(&ok);
    if (ok && stored > 0 && stored <= kMaxRequestsPerWindow)
        limit.maxRequests = stored;
    return limit;
}

bool ServiceSettings::hasCustomRateLimit(Service service) const {
    return !m_settings.value(rateLimitKey(service)).isEmpty();
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

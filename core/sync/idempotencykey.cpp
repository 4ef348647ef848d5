#include "sync/idempotencykey.h"

#include <QUrl>

namespace prospector::sync {

QString IdempotencyKey::normalizeEmail(const QString &email) {
    return email.trimmed().toLower();
}

QString IdempotencyKey::normalizeDomain(const QString &domainOrUrl) {
    QString text = domainOrUrl.trimmed().toLower();
    if (text.isEmpty())
        return {};
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("http://"));
    QString host = QUrl(text).host();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

QString IdempotencyKey::hubspotUpsertContact(const QString &email) {
    return QLatin1String("hubspot:upsert:") + normalizeEmail(email);
}

QString IdempotencyKey::hubspotUpsertCompany(const QString &domain) {
    return QLatin1String("hubspot:upsert-company:") + normalizeDomain(domain);
}

QString IdempotencyKey::hubspotAssociate(const QString &email, const QString &domain) {
    return QLatin1String("hubspot:associate:") + normalizeEmail(email) + QLatin1Char(':') +
           normalizeDomain(domain);
}

QString IdempotencyKey::lemlistEnroll(const QString &campaignId, const QString &email) {
    return QLatin1String("lemlist:enroll:") + campaignId.trimmed() + QLatin1Char(':') + normalizeEmail(email);
}

QString IdempotencyKey::exploriumEnrich(const QString &email) {
    return QLatin1String("explorium:enrich:") + normalizeEmail(email);
}

QString IdempotencyKey::exploriumEnrichLinkedin(const QString &linkedinUrl) {
    return QLatin1String("explorium:enrich:linkedin:") + linkedinUrl.trimmed();
}

QString IdempotencyKey::exploriumEnrichCompany(const QString &domain) {
    return QLatin1String("explorium:enrich-company:") + normalizeDomain(domain);
}

} // namespace prospector::sync

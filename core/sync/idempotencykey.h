#pragma once

#include <QString>

namespace prospector::sync {

// The identity of an external effect. Emails and campaign ids are normalized here, at one
// choke point, so "Ann@X.io " and "ann@x.io" can never become two enrollments.
class IdempotencyKey {
public:
    static QString hubspotUpsertContact(const QString &email);
    static QString hubspotUpsertCompany(const QString &domain);
    // The unlabelled contact -> company association of a contact (by e-mail) and a company (by domain).
    static QString hubspotAssociate(const QString &email, const QString &domain);
    static QString lemlistEnroll(const QString &campaignId, const QString &email);
    static QString exploriumEnrich(const QString &email);
    // For a prospect known only by its (canonical) LinkedIn profile URL.
    static QString exploriumEnrichLinkedin(const QString &linkedinUrl);
    static QString exploriumEnrichCompany(const QString &domain);

    static QString normalizeEmail(const QString &email);
    // Host part of a domain or URL: lower case, no scheme, "www.", port, path or trailing dot.
    static QString normalizeDomain(const QString &domainOrUrl);
};

} // namespace prospector::sync

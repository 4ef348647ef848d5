#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace prospector::explorium {

// response_context.request_status: HTTP 200 can still mean "nothing found" or "failed".
enum class RequestStatus { Success, Miss, Failure };

struct BusinessQuery {
    QString name;
    QString domain;
    QString url;
    QString linkedinUrl;
};

struct ProspectQuery {
    QString email;
    QString phoneNumber;
    QString fullName; // needs companyName
    QString companyName;
    QString linkedin;
    QString businessId; // limits the match to one company
};

// One entry per input, in input order. id is empty when Explorium found no match; error /
// errorType carry a per-item failure when the API gave one.
struct MatchItem {
    QString id; // business_id (32 hex) or prospect_id (40 hex)
    QString error;
    QString errorType;
    bool matched() const { return !id.isEmpty(); }
};

struct MatchResult {
    RequestStatus status = RequestStatus::Success;
    QList<MatchItem> items; // same length and order as the inputs
    int totalMatches = 0;
};

struct Firmographics {
    QString businessId;
    QString name;
    QString description;
    QString website;
    QString countryName;
    QString regionName;
    QString cityName;
    QString naics;
    QString naicsDescription;
    QString numberOfEmployeesRange;
    QString yearlyRevenueRange;
    QString linkedinIndustryCategory;
    QString linkedinProfile;
};

struct ContactEmail {
    QString address;
    QString type; // personal, professional, current_professional
};

struct ContactInformation {
    QString prospectId;
    QList<ContactEmail> emails;
    QString professionalEmail;       // "professions_email" in the API (sic)
    QString professionalEmailStatus; // valid, catch-all, invalid
    QStringList phoneNumbers;        // E.164
    QString mobilePhone;
};

// GET /v1/credits (CONTRACTS.md 3.3.5, optional; its shape is not documented). Only credits_used
// is trusted: it never goes down, so comparing two readings tells whether anything was charged
// in between (a purchase would move credits_left the other way).
struct CreditsSummary {
    qint64 creditsUsed = -1;
    qint64 creditsLeft = -1; // -1 when the answer did not say
};

template <typename T>
struct EnrichResult {
    RequestStatus status = RequestStatus::Success;
    QList<T> records; // keyed by id; ids without data are simply absent
};

} // namespace prospector::explorium

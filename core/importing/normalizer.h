#pragma once

#include <QString>

namespace prospector::importing::normalize {

// Trimmed and in Unicode NFC (a name typed on a Mac and one from Excel then compare equal).
QString text(QString value);

// Lower-cased, trimmed, without a "mailto:" prefix. Does not validate.
QString email(QString value);
// Practical RFC 5321 syntax check: one @, a sane local part, a dotted domain with a real TLD.
bool isValidEmail(QStringView email);

// https://www.linkedin.com/in/<slug> with the slug percent-decoded and lower-cased; empty when
// the value is not a LinkedIn profile URL (a Sales Navigator /sales/ link, a company page, text).
QString linkedinUrl(QStringView value);

// Host of a website or domain value: "https://www.Acme.com/about" -> "acme.com"; empty if none.
QString domainFromWebsite(QStringView value);
// Domain of an email address unless it is a free-mail provider's (gmail.com is nobody's company).
QString companyDomainFromEmail(QStringView email);
bool isFreeMailDomain(QStringView domain);

// Digits only, for matching phone numbers typed differently ("+1 (555) 010" -> "1555010").
QString phoneKey(QStringView phone);

struct PersonName {
    QString first;
    QString last;
};
// "Dr. Marie Curie" -> Marie / Curie; "Lovelace, Ada" -> Ada / Lovelace; "Cher" -> Cher / "";
// "Jane Doe, PhD" -> Jane / Doe. Everything after the first given name is the last name.
PersonName splitFullName(QStringView fullName);

struct Location {
    QString city;
    QString region;
    QString country;
};
// "Paris, Île-de-France, France" -> all three; "New York, United States" -> city + country;
// one part ("Greater Philadelphia") -> region.
Location splitLocation(QStringView location);

// Key for "same person at the same company" when there is no email or LinkedIn URL:
// case-folded first + last name with the company domain (or, lacking one, the company name).
// Empty when there is no name or no company.
QString nameKey(const QString &first, const QString &last, const QString &companyDomain,
                const QString &companyName);

} // namespace prospector::importing::normalize

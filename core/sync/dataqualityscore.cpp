#include "sync/dataqualityscore.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace prospector::sync {
namespace {

bool isValidEmail(const QString &email) {
    static const QRegularExpression re(
        QStringLiteral(R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)"
                       R"((?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$)"));
    return email.size() <= 254 && re.match(email.trimmed()).hasMatch();
}

bool isPlausiblePhone(const QString &phone) {
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit() || (c == QLatin1Char('+') && digits.isEmpty()))
            digits += c;
        else if (!QStringLiteral(" ().-/").contains(c))
            return false; // letters and the like: not a phone number
    }
    static const QRegularExpression e164(QStringLiteral(R"(^\+?[1-9]\d{7,14}$)"));
    return e164.match(digits).hasMatch();
}

bool isCanonicalLinkedin(const QString &url) {
    static const QRegularExpression re(QStringLiteral(R"(^https://www\.linkedin\.com/in/[^/?#\s]+$)"));
    return re.match(url.trimmed()).hasMatch();
}

bool isValidDomain(const QString &domain) {
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$)"));
    return re.match(domain.trimmed().toLower()).hasMatch();
}

bool has(const QString &value) {
    return !value.trimmed().isEmpty();
}

QualityComponent component(const char *field, FieldQuality quality, int points, int maxPoints) {
    return {QString::fromLatin1(field), quality, points, maxPoints};
}

QualityComponent scoreEmail(const QualityInput &in) {
    if (!has(in.email))
        return component("email", FieldQuality::Missing, 0, 30);
    if (!isValidEmail(in.email) || in.emailStatus == QLatin1String("invalid"))
        return component("email", FieldQuality::Invalid, 0, 30);
    if (in.emailStatus == QLatin1String("valid"))
        return component("email", FieldQuality::Verified, 30, 30);
    if (in.emailStatus == QLatin1String("catch-all"))
        return component("email", FieldQuality::Valid, 20, 30); // accepted by a catch-all server only
    return component("email", FieldQuality::Valid, 15, 30);
}

} // namespace

QString fieldQualityName(FieldQuality quality) {
    switch (quality) {
    case FieldQuality::Missing:
        return QStringLiteral("missing");
    case FieldQuality::Invalid:
        return QStringLiteral("invalid");
    case FieldQuality::Present:
        return QStringLiteral("present");
    case FieldQuality::Valid:
        return QStringLiteral("valid");
    case FieldQuality::Verified:
        return QStringLiteral("verified");
    }
    return {};
}

QJsonObject QualityScore::toJson() const {
    QJsonArray parts;
    for (const QualityComponent &c : components)
        parts.append(QJsonObject{{QStringLiteral("field"), c.field},
                                 {QStringLiteral("quality"), fieldQualityName(c.quality)},
                                 {QStringLiteral("points"), c.points},
                                 {QStringLiteral("max"), c.maxPoints}});
    return {{QStringLiteral("score"), total}, {QStringLiteral("components"), parts}};
}

QualityScore DataQualityScorer::score(const QualityInput &in) {
    QualityScore result;
    result.components << scoreEmail(in);

    if (!has(in.phone))
        result.components << component("phone", FieldQuality::Missing, 0, 15);
    else if (isPlausiblePhone(in.phone))
        result.components << component("phone", FieldQuality::Valid, 15, 15);
    else
        result.components << component("phone", FieldQuality::Invalid, 5, 15);

    if (!has(in.linkedinUrl))
        result.components << component("linkedin", FieldQuality::Missing, 0, 10);
    else if (isCanonicalLinkedin(in.linkedinUrl))
        result.components << component("linkedin", FieldQuality::Valid, 10, 10);
    else
        result.components << component("linkedin", FieldQuality::Present, 5, 10);

    const int nameParts = (has(in.firstName) ? 1 : 0) + (has(in.lastName) ? 1 : 0);
    result.components << component("name", nameParts == 0 ? FieldQuality::Missing : FieldQuality::Present,
                                   nameParts * 5, 10);
    result.components << component("title", has(in.title) ? FieldQuality::Present : FieldQuality::Missing,
                                   has(in.title) ? 10 : 0, 10);

    int company = has(in.companyName) ? 5 : 0;
    FieldQuality companyQuality = has(in.companyName) ? FieldQuality::Present : FieldQuality::Missing;
    if (has(in.companyDomain)) {
        if (isValidDomain(in.companyDomain)) {
            company += 10;
            companyQuality = FieldQuality::Valid;
        } else {
            companyQuality = FieldQuality::Invalid;
        }
    }
    result.components << component("company", companyQuality, company, 15);

    const int firmographics =
        (has(in.industry) ? 4 : 0) + (has(in.companySize) ? 3 : 0) + (has(in.country) ? 3 : 0);
    result.components << component("firmographics",
                                   firmographics == 0    ? FieldQuality::Missing
                                   : firmographics == 10 ? FieldQuality::Valid
                                                         : FieldQuality::Present,
                                   firmographics, 10);

    for (const QualityComponent &c : std::as_const(result.components))
        result.total += c.points;
    return result;
}

} // namespace prospector::sync

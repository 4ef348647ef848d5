#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace prospector::sync {

// What the data-quality score looks at: a prospect after import and (optionally) enrichment.
struct QualityInput {
    QString email;
    // Deliverability as reported by enrichment (Explorium professional_email_status):
    // "valid" | "catch-all" | "invalid" | "" (not verified).
    QString emailStatus;
    QString phone;
    QString linkedinUrl;
    QString firstName;
    QString lastName;
    QString title;
    QString companyName;
    QString companyDomain;
    QString industry;
    QString companySize;
    QString country;
};

enum class FieldQuality { Missing, Invalid, Present, Valid, Verified };
QString fieldQualityName(FieldQuality quality);

// One line of the breakdown: e.g. {email, Verified, 30, 30, "verified deliverable"}.
struct QualityComponent {
    QString field;
    FieldQuality quality = FieldQuality::Missing;
    int points = 0;
    int maxPoints = 0;
};

struct QualityScore {
    int total = 0; // 0-100, the sum of the components' points
    QList<QualityComponent> components;
    QJsonObject toJson() const;
};

// How complete and trustworthy a prospect's data is, 0-100 with the reasons (what is present,
// syntactically valid, or verified by enrichment). Weights follow what outreach needs most: a
// deliverable email, then a reachable phone, then identity and company context.
//   email 30 (present 10, valid 15, catch-all 20, verified 30; reported invalid 0)
//   phone 15 (present 5, E.164-plausible 15) · LinkedIn 10 (present 5, canonical profile 10)
//   name 10 (one part 5, both 10) · title 10 · company 15 (name 5, valid domain +10)
//   firmographics 10 (industry 4, size 3, country 3)
class DataQualityScorer {
public:
    static QualityScore score(const QualityInput &input);
};

} // namespace prospector::sync

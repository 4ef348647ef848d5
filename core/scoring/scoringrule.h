#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace prospector::scoring {

// One ICP rule: when a prospect matches, `weight` points count towards its score and `label`
// (or a generated description) appears among its reasons. Negative weights penalize.
struct ScoringRule {
    enum class Kind {
        TitleKeyword,      // title contains any of `values` (case-insensitive, whole words)
        Seniority,         // seniority derived from the title is one of `values` (see seniorityOf)
        Industry,          // industry equals any of `values` (case-insensitive)
        CompanySize,       // company size range overlaps [minSize, maxSize] (maxSize -1 = open)
        Country,           // country equals any of `values` (case-insensitive)
        HasEmail,          // has an email address
        HasLinkedin,       // has a LinkedIn URL
        CustomFieldEquals, // custom field `field` equals any of `values` (case-insensitive)
    };

    Kind kind = Kind::TitleKeyword;
    QStringList values;
    QString field;
    int minSize = 0;
    int maxSize = -1;
    int weight = 10;
    QString label; // shown as the reason; empty = describe()
    bool enabled = true;

    bool operator==(const ScoringRule &other) const = default;

    // Translated, human-readable reason ("Title mentions sales").
    QString describe() const;

    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *kind);
    QJsonObject toJson() const;
    // Returns false when the object is not a valid rule (unknown kind, missing field...).
    static bool fromJson(const QJsonObject &object, ScoringRule *rule, QString *error = nullptr);
};

// "c_level", "vp", "director", "head", "manager", "senior", "individual" or "" from a job title.
QString seniorityOf(const QString &title);

// Parses company sizes as written in CSVs and enrichment data ("51-200", "1,000+", "10 to 50",
// "120") into an inclusive range; max -1 = open-ended. Returns false when no number is found.
bool parseCompanySize(const QString &text, int *min, int *max);

} // namespace prospector::scoring

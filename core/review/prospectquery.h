#pragma once

#include "review/sortkey.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace prospector::review {

// What the prospects view shows: a search, filters and a sort. Empty members do not filter;
// list members match any of their values. Serializable for saved views.
struct ProspectQuery {
    enum class Archived { Exclude, Only, Include };
    enum class HasEmail { Any, Yes, No };

    QString search;          // free text, made safe by storage::ftsMatchExpression()
    QStringList stages;      // pipeline stages
    QStringList tiers;       // effective tier (override wins): "hot", "warm", "cold", "none" = unscored
    QStringList tags;        // prospects carrying any of these tags
    QList<qint64> importIds; // prospects from any of these imports
    QStringList sources;     // the `source` column (e.g. CSV name, "hubspot")
    QStringList countries;
    QStringList syncStates;
    QString company;   // exact company name, case-insensitive
    int minScore = -1; // inclusive; -1 = no bound
    int maxScore = -1; // inclusive; -1 = no bound
    HasEmail hasEmail = HasEmail::Any;
    Archived archived = Archived::Exclude;
    SortKeys sort; // empty = by id; the id is always the final tie-breaker

    bool operator==(const ProspectQuery &other) const = default;

    // The effective sort: `sort` without duplicates, ending with the id (in the direction of the
    // last key).
    SortKeys effectiveSort() const;

    // Filters only (no search, no sort), as stored in saved_views.filters_json.
    QJsonObject filtersToJson() const;
    // Reads filters written by filtersToJson(); unknown keys are ignored, wrong types reset to "any".
    void setFiltersFromJson(const QJsonObject &filters);
};

} // namespace prospector::review

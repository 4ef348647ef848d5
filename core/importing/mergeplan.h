#pragma once

#include "importing/prospectdraft.h"

#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace prospector::importing {

// What to do with a row that matches a prospect we already have.
enum class DedupPolicy {
    Skip,      // leave the prospect alone
    Fill,      // set only the fields that are empty (default: never loses data)
    Overwrite, // replace fields with the file's non-empty values (identity fields are only filled)
};
QString policyKey(DedupPolicy policy); // "skip" | "fill" | "overwrite"
std::optional<DedupPolicy> policyFromKey(const QString &key);

// The prospect columns an import may change on an existing prospect, in SELECT order.
enum MergeColumn {
    FirstName,
    LastName,
    Email,
    LinkedinUrl,
    Title,
    CompanyName,
    CompanyDomain,
    Website,
    Phone,
    City,
    Region,
    Country,
    Industry,
    CompanySize,
    CustomFields,
    NameKey, // derived from names and company, recomputed after a merge
    PhoneKey,
    MergeColumnCount
};
QString mergeColumnName(MergeColumn column);
// Columns stored as NULL rather than '' when empty (identity columns with partial unique indexes).
bool isNullableColumn(MergeColumn column);
std::optional<MergeColumn> mergeColumnFromName(const QString &name);

struct ExistingProspect {
    qint64 id = 0;
    qint64 importId = 0; // the import that created it
    std::array<QString, MergeColumnCount> values;
};

struct FieldChange {
    MergeColumn column;
    QString oldValue;
    QString newValue;
};

// The field changes `policy` makes when `draft` matches `existing`. Empty: nothing to change.
QList<FieldChange> planMerge(const ExistingProspect &existing, const ProspectDraft &draft,
                             DedupPolicy policy);

} // namespace prospector::importing

#include "importing/mergeplan.h"

#include "importing/normalizer.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace prospector::importing {
namespace {

constexpr const char *kColumnNames[MergeColumnCount] = {
    "first_name",     "last_name",    "email",         "linkedin_url", "title",    "company_name",
    "company_domain", "website",      "phone",         "city",         "region",   "country",
    "industry",       "company_size", "custom_fields", "name_key",     "phone_key"};

const QString &draftValue(const ProspectDraft &d, MergeColumn column) {
    static const QString none;
    switch (column) {
    case FirstName:
        return d.firstName;
    case LastName:
        return d.lastName;
    case Email:
        return d.email;
    case LinkedinUrl:
        return d.linkedinUrl;
    case Title:
        return d.title;
    case CompanyName:
        return d.companyName;
    case CompanyDomain:
        return d.companyDomain;
    case Website:
        return d.website;
    case Phone:
        return d.phone;
    case City:
        return d.city;
    case Region:
        return d.region;
    case Country:
        return d.country;
    case Industry:
        return d.industry;
    case CompanySize:
        return d.companySize;
    case CustomFields:
    case NameKey:
    case PhoneKey:
    case MergeColumnCount:
        break;
    }
    return none;
}

QString mergedCustomFields(const QString &existingJson, const ProspectDraft &draft, DedupPolicy policy) {
    QJsonObject object = QJsonDocument::fromJson(existingJson.toUtf8()).object();
    for (const auto &[key, value] : draft.customFields) {
        const QString current = object.value(key).toString();
        if (current.isEmpty() || (policy == DedupPolicy::Overwrite && current != value))
            object.insert(key, value);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString policyKey(DedupPolicy policy) {
    switch (policy) {
    case DedupPolicy::Skip:
        return QStringLiteral("skip");
    case DedupPolicy::Overwrite:
        return QStringLiteral("overwrite");
    case DedupPolicy::Fill:
        break;
    }
    return QStringLiteral("fill");
}

std::optional<DedupPolicy> policyFromKey(const QString &key) {
    if (key == QStringLiteral("skip"))
        return DedupPolicy::Skip;
    if (key == QStringLiteral("fill"))
        return DedupPolicy::Fill;
    if (key == QStringLiteral("overwrite"))
        return DedupPolicy::Overwrite;
    return std::nullopt;
}

QString mergeColumnName(MergeColumn column) {
    return QString::fromLatin1(kColumnNames[column]);
}

bool isNullableColumn(MergeColumn column) {
    return column == Email || column == LinkedinUrl || column == CompanyDomain || column == NameKey;
}

std::optional<MergeColumn> mergeColumnFromName(const QString &name) {
    for (int i = 0; i < MergeColumnCount; ++i) {
        if (name == QLatin1StringView(kColumnNames[i]))
            return MergeColumn(i);
    }
    return std::nullopt;
}

QList<FieldChange> planMerge(const ExistingProspect &existing, const ProspectDraft &draft,
                             DedupPolicy policy) {
    QList<FieldChange> changes;
    if (policy == DedupPolicy::Skip)
        return changes;
    std::array<QString, MergeColumnCount> merged = existing.values;
    for (int i = 0; i < CustomFields; ++i) {
        const auto column = MergeColumn(i);
        const QString &incoming = draftValue(draft, column);
        if (incoming.isEmpty() || incoming == merged[i])
            continue;
        // Email and LinkedIn URL identify the prospect: replacing them could take another
        // prospect's identity, so even Overwrite only fills them.
        const bool identity = column == Email || column == LinkedinUrl;
        if (merged[i].isEmpty() || (policy == DedupPolicy::Overwrite && !identity))
            merged[i] = incoming;
    }
    if (!draft.customFields.isEmpty()) {
        const QString json = mergedCustomFields(existing.values[CustomFields], draft, policy);
        if (QJsonDocument::fromJson(json.toUtf8()) !=
            QJsonDocument::fromJson(existing.values[CustomFields].toUtf8()))
            merged[CustomFields] = json;
    }
    // Derived keys follow their inputs; untouched inputs leave them as they are.
    auto changed = [&](MergeColumn c) {
        return merged[c] != existing.values[c];
    };
    if (changed(FirstName) || changed(LastName) || changed(CompanyDomain) || changed(CompanyName))
        merged[NameKey] = normalize::nameKey(merged[FirstName], merged[LastName], merged[CompanyDomain],
                                             merged[CompanyName]);
    if (changed(Phone))
        merged[PhoneKey] = normalize::phoneKey(merged[Phone]);
    for (int i = 0; i < MergeColumnCount; ++i) {
        if (merged[i] != existing.values[i])
            changes.append({MergeColumn(i), existing.values[i], merged[i]});
    }
    return changes;
}

} // namespace prospector::importing

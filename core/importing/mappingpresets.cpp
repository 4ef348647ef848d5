#include "importing/mappingpresets.h"

#include <QCoreApplication>
#include <QHash>
#include <vector>

namespace prospector::importing {
namespace {

using SynonymTable = QHash<QString, ImportField>;

struct Synonyms {
    ImportField field;
    std::vector<const char *> headers; // already normalized
};

SynonymTable buildTable(const std::vector<Synonyms> &entries) {
    SynonymTable table;
    for (const Synonyms &entry : entries) {
        for (const char *header : entry.headers)
            table.insert(QString::fromLatin1(header), entry.field);
    }
    return table;
}

// Headers seen in hand-made sheets and generic CRM exports (English, French, German).
const SynonymTable &genericSynonyms() {
    static const SynonymTable table = buildTable({
        {ImportField::FirstName,
         {"firstname", "first", "givenname", "fname", "forename", "prenom", "vorname"}},
        {ImportField::LastName, {"lastname", "last", "surname", "familyname", "lname", "nom", "nachname"}},
        {ImportField::FullName, {"fullname", "name", "contactname", "contact", "personname", "leadname"}},
        {ImportField::Email,
         {"email", "emailaddress", "mail", "workemail", "businessemail", "professionalemail", "emailid",
          "courriel"}},
        {ImportField::Title, {"title", "jobtitle", "position", "role", "jobrole", "designation", "poste"}},
        {ImportField::Company,
         {"company", "companyname", "organization", "organisation", "organizationname", "account",
          "accountname", "employer", "currentcompany", "entreprise", "firma", "societe"}},
        {ImportField::CompanyDomain, {"companydomain", "domain", "emaildomain", "companywebsitedomain"}},
        {ImportField::Website,
         {"website", "companywebsite", "websiteurl", "web", "homepage", "url", "site", "companyurl"}},
        {ImportField::LinkedinUrl,
         {"linkedin", "linkedinurl", "linkedinprofile", "linkedinprofileurl", "personlinkedinurl",
          "linkedinlink", "defaultprofileurl", "profilelinkedin", "liurl"}},
        {ImportField::Phone,
         {"phone", "phonenumber", "mobile", "mobilephone", "mobilenumber", "telephone", "tel", "workphone",
          "directphone", "cellphone", "cell", "telefon", "telephonenumber"}},
        {ImportField::City, {"city", "town", "ville", "stadt", "personcity"}},
        {ImportField::Region, {"state", "region", "stateregion", "province", "county", "personstate"}},
        {ImportField::Country, {"country", "countryregion", "nation", "pays", "land", "personcountry"}},
        {ImportField::Location, {"location", "geo", "personlocation", "address"}},
        {ImportField::Industry, {"industry", "sector", "vertical", "companyindustry", "branche"}},
        {ImportField::CompanySize,
         {"companysize", "employees", "numberofemployees", "headcount", "companyheadcount", "employeecount",
          "size", "employeesrange"}},
        {ImportField::Source, {"source", "leadsource", "origin"}},
        {ImportField::Tags, {"tags", "tag", "labels", "label"}},
        {ImportField::Notes, {"notes", "note", "comments", "comment", "remarks"}},
    });
    return table;
}

struct Preset {
    const char *id;
    const char *label;
    // Headers only this kind of export has; two of them identify it.
    std::vector<const char *> signature;
    // Headers this export uses differently from the generic table.
    std::vector<Synonyms> overrides;
};

const std::vector<Preset> &presets() {
    static const std::vector<Preset> list = {
        {"salesnav",
         QT_TRANSLATE_NOOP("MappingPresets", "LinkedIn Sales Navigator (Evaboot, Phantombuster)"),
         {"salesnavigatorprofileurl", "salesnavigatorurl", "profileurl", "vmid", "defaultprofileurl",
          "linkedinprofileurl", "connectiondegree", "companyheadcount", "durationinrole",
          "sharedconnectionscount", "isopenlink", "regularcompanyurl", "query", "linkedinurl",
          "companylinkedinurl"},
         {{ImportField::Custom,
           {"profileurl", "salesnavigatorprofileurl", "salesnavigatorurl", "companyurl", "regularcompanyurl",
            "companylinkedinurl", "vmid", "query", "timestamp", "summary", "titledescription"}},
          {ImportField::LinkedinUrl, {"linkedinprofileurl", "defaultprofileurl", "linkedinurl"}}}},
        {"apollo",
         QT_TRANSLATE_NOOP("MappingPresets", "Apollo"),
         {"personlinkedinurl", "companynameforemails", "apollocontactid", "apolloaccountid", "firstphone",
          "corporatephone", "workdirectphone", "seniority", "departments", "emailstatus",
          "companylinkedinurl"},
         {{ImportField::Phone,
           {"firstphone", "workdirectphone", "mobilephone", "corporatephone", "homephone", "otherphone"}},
          {ImportField::Custom,
           {"companynameforemails", "companylinkedinurl", "companycity", "companystate", "companycountry",
            "companyaddress", "companyphone", "lists", "stage"}}}},
        {"hubspot",
         QT_TRANSLATE_NOOP("MappingPresets", "HubSpot contacts export"),
         {"recordid", "lifecyclestage", "contactowner", "stateregion", "countryregion", "websiteurl",
          "createdate", "leadstatus", "lastactivitydate", "associatedcompany"},
         {{ImportField::Custom, {"recordid", "lifecyclestage", "contactowner", "createdate", "leadstatus"}}}},
        {"lemlist",
         QT_TRANSLATE_NOOP("MappingPresets", "lemlist export"),
         {"icebreaker", "picture", "companydomain", "campaignname", "campaignid", "leadid", "emailstatus"},
         {{ImportField::Custom, {"icebreaker", "picture", "campaignname", "campaignid", "leadid"}}}},
    };
    return list;
}

const Preset *findPreset(const QString &id) {
    for (const Preset &preset : presets()) {
        if (id == QLatin1StringView(preset.id))
            return &preset;
    }
    return nullptr;
}

} // namespace

QStringList MappingPresets::presetIds() {
    QStringList ids{QStringLiteral("generic")};
    for (const Preset &preset : presets())
        ids << QString::fromLatin1(preset.id);
    return ids;
}

bool MappingPresets::isPreset(const QString &id) {
    return id == QStringLiteral("generic") || findPreset(id) != nullptr;
}

QString MappingPresets::presetLabel(const QString &id) {
    if (const Preset *preset = findPreset(id))
        return QCoreApplication::translate("MappingPresets", preset->label);
    return QCoreApplication::translate("MappingPresets", "Generic CSV");
}

QString MappingPresets::normalizeHeader(QStringView header) {
    QString key;
    key.reserve(header.size());
    for (QChar c : header) {
        if (c.isLetterOrNumber())
            key.append(c.toCaseFolded());
    }
    // Accents do not matter in headers ("Prénom" == "prenom").
    QString folded = key.normalized(QString::NormalizationForm_D);
    folded.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return folded;
}

QString MappingPresets::detect(const QStringList &headers) {
    QString best = QStringLiteral("generic");
    int bestHits = 1; // one characteristic header is not enough evidence
    for (const Preset &preset : presets()) {
        int hits = 0;
        for (const QString &header : headers) {
            const QString key = normalizeHeader(header);
            for (const char *signature : preset.signature) {
                if (key == QLatin1StringView(signature)) {
                    ++hits;
                    break;
                }
            }
        }
        if (hits > bestHits) {
            bestHits = hits;
            best = QString::fromLatin1(preset.id);
        }
    }
    return best;
}

ColumnMapping MappingPresets::map(const QStringList &headers, const QString &presetId) {
    ColumnMapping mapping;
    mapping.name = isPreset(presetId) ? presetId : QStringLiteral("generic");
    const Preset *preset = findPreset(presetId);
    const SynonymTable overrides = preset ? buildTable(preset->overrides) : SynonymTable();
    for (const QString &header : headers) {
        const QString key = normalizeHeader(header);
        ImportField field = ImportField::Custom;
        if (overrides.contains(key))
            field = overrides.value(key);
        else if (genericSynonyms().contains(key))
            field = genericSynonyms().value(key);
        mapping.columns.append({header, field});
    }
    return mapping;
}

} // namespace prospector::importing

#include "importing/rowbuilder.h"

#include "importing/normalizer.h"
#include "importing/recordproblem.h"

#include <QCoreApplication>

namespace prospector::importing {
namespace {

void setIfEmpty(QString &target, const QString &value) {
    if (target.isEmpty())
        target = value;
}

void splitTags(const QString &value, QStringList &tags) {
    for (QStringView tag : QStringView(value).split(QChar(u','), Qt::SkipEmptyParts)) {
        for (QStringView part : tag.split(QChar(u';'), Qt::SkipEmptyParts)) {
            const QString trimmed = part.trimmed().toString();
            if (!trimmed.isEmpty() && !tags.contains(trimmed, Qt::CaseInsensitive))
                tags << trimmed;
        }
    }
}

} // namespace

RowBuilder::RowBuilder(ColumnMapping mapping, QString defaultSource)
    : m_mapping(std::move(mapping))
    , m_defaultSource(std::move(defaultSource)) {
    for (qsizetype i = 0; i < m_mapping.columns.size(); ++i)
        m_customKeys << ColumnMapping::customKey(m_mapping.columns.at(i).header, int(i));
}

QString RowBuilder::build(const csv::CsvRecord &record, ProspectDraft &draft) const {
    draft.clear();
    if (record.problem != csv::CsvRecord::Problem::None)
        return rowProblemText(record);

    QString rawEmail;
    QString rawLinkedin;
    QString linkedinHeader;
    QString fullName;
    QString location;
    QString explicitDomain;
    const qsizetype mapped = m_mapping.columns.size();
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        QString value = normalize::text(record.fields.at(i));
        if (value.isEmpty())
            continue;
        if (i >= mapped) {
            // Ragged rows: keep values beyond the header rather than lose them.
            draft.customFields.append({QStringLiteral("column_%1").arg(i + 1), value});
            continue;
        }
        switch (m_mapping.columns.at(i).field) {
        case ImportField::Ignore:
            break;
        case ImportField::Custom:
            draft.customFields.append({m_customKeys.at(i), value});
            break;
        case ImportField::FirstName:
            setIfEmpty(draft.firstName, value);
            break;
        case ImportField::LastName:
            setIfEmpty(draft.lastName, value);
            break;
        case ImportField::FullName:
            setIfEmpty(fullName, value);
            break;
        case ImportField::Email:
            setIfEmpty(rawEmail, value);
            break;
        case ImportField::Title:
            setIfEmpty(draft.title, value);
            break;
        case ImportField::Company:
            setIfEmpty(draft.companyName, value);
            break;
        case ImportField::CompanyDomain:
            setIfEmpty(explicitDomain, value);
            break;
        case ImportField::Website:
            setIfEmpty(draft.website, value);
            break;
        case ImportField::LinkedinUrl:
            if (rawLinkedin.isEmpty()) {
                rawLinkedin = value;
                linkedinHeader = m_customKeys.at(i);
            }
            break;
        case ImportField::Phone:
            setIfEmpty(draft.phone, value);
            break;
        case ImportField::City:
            setIfEmpty(draft.city, value);
            break;
        case ImportField::Region:
            setIfEmpty(draft.region, value);
            break;
        case ImportField::Country:
            setIfEmpty(draft.country, value);
            break;
        case ImportField::Location:
            setIfEmpty(location, value);
            break;
        case ImportField::Industry:
            setIfEmpty(draft.industry, value);
            break;
        case ImportField::CompanySize:
            setIfEmpty(draft.companySize, value);
            break;
        case ImportField::Source:
            setIfEmpty(draft.source, value);
            break;
        case ImportField::Tags:
            splitTags(value, draft.tags);
            break;
        case ImportField::Notes:
            draft.notes = draft.notes.isEmpty() ? value : draft.notes + QLatin1Char('\n') + value;
            break;
        }
    }

    if (!rawEmail.isEmpty()) {
        draft.email = normalize::email(rawEmail);
        if (!normalize::isValidEmail(draft.email))
            return QCoreApplication::translate("ImportValidation", "Invalid email address: %1").arg(rawEmail);
    }
    if (!rawLinkedin.isEmpty()) {
        draft.linkedinUrl = normalize::linkedinUrl(rawLinkedin);
        // Not a profile URL (a Sales Navigator link, a company page): kept, not used as identity.
        if (draft.linkedinUrl.isEmpty())
            draft.customFields.append({linkedinHeader, rawLinkedin});
    }
    if (draft.firstName.isEmpty() && draft.lastName.isEmpty() && !fullName.isEmpty()) {
        normalize::PersonName name = normalize::splitFullName(fullName);
        draft.firstName = std::move(name.first);
        draft.lastName = std::move(name.last);
    }
    if (!location.isEmpty()) {
        normalize::Location parts = normalize::splitLocation(location);
        setIfEmpty(draft.city, parts.city);
        setIfEmpty(draft.region, parts.region);
        setIfEmpty(draft.country, parts.country);
    }
    if (!explicitDomain.isEmpty())
        draft.companyDomain = normalize::domainFromWebsite(explicitDomain);
    if (draft.companyDomain.isEmpty() && !draft.website.isEmpty())
        draft.companyDomain = normalize::domainFromWebsite(draft.website);
    if (draft.companyDomain.isEmpty() && !draft.email.isEmpty())
        draft.companyDomain = normalize::companyDomainFromEmail(draft.email);
    if (!draft.phone.isEmpty())
        draft.phoneKey = normalize::phoneKey(draft.phone);
    draft.nameKey =
        normalize::nameKey(draft.firstName, draft.lastName, draft.companyDomain, draft.companyName);
    if (draft.source.isEmpty())
        draft.source = m_defaultSource;

    if (draft.email.isEmpty() && draft.linkedinUrl.isEmpty() && draft.nameKey.isEmpty())
        return QCoreApplication::translate(
            "ImportValidation",
            "No identity: a row needs an email, a LinkedIn profile URL, or a name with a company");
    return {};
}

} // namespace prospector::importing

#include "importing/importfield.h"

#include <QCoreApplication>

namespace prospector::importing {
namespace {

struct FieldInfo {
    ImportField field;
    const char *key;
    const char *label;
};

// QT_TRANSLATE_NOOP keeps the labels in the translation files although they are looked up later.
constexpr FieldInfo kFields[] = {
    {ImportField::Ignore, "ignore", QT_TRANSLATE_NOOP("ImportField", "Don't import")},
    {ImportField::Custom, "custom", QT_TRANSLATE_NOOP("ImportField", "Custom field")},
    {ImportField::FirstName, "first_name", QT_TRANSLATE_NOOP("ImportField", "First name")},
    {ImportField::LastName, "last_name", QT_TRANSLATE_NOOP("ImportField", "Last name")},
    {ImportField::FullName, "full_name", QT_TRANSLATE_NOOP("ImportField", "Full name")},
    {ImportField::Email, "email", QT_TRANSLATE_NOOP("ImportField", "Email")},
    {ImportField::Title, "title", QT_TRANSLATE_NOOP("ImportField", "Job title")},
    {ImportField::Company, "company", QT_TRANSLATE_NOOP("ImportField", "Company")},
    {ImportField::CompanyDomain, "company_domain", QT_TRANSLATE_NOOP("ImportField", "Company domain")},
    {ImportField::Website, "website", QT_TRANSLATE_NOOP("ImportField", "Website")},
    {ImportField::LinkedinUrl, "linkedin_url", QT_TRANSLATE_NOOP("ImportField", "LinkedIn URL")},
    {ImportField::Phone, "phone", QT_TRANSLATE_NOOP("ImportField", "Phone")},
    {ImportField::City, "city", QT_TRANSLATE_NOOP("ImportField", "City")},
    {ImportField::Region, "region", QT_TRANSLATE_NOOP("ImportField", "Region / state")},
    {ImportField::Country, "country", QT_TRANSLATE_NOOP("ImportField", "Country")},
    {ImportField::Location, "location", QT_TRANSLATE_NOOP("ImportField", "Location (city, region, country)")},
    {ImportField::Industry, "industry", QT_TRANSLATE_NOOP("ImportField", "Industry")},
    {ImportField::CompanySize, "company_size", QT_TRANSLATE_NOOP("ImportField", "Company size")},
    {ImportField::Source, "source", QT_TRANSLATE_NOOP("ImportField", "Source")},
    {ImportField::Tags, "tags", QT_TRANSLATE_NOOP("ImportField", "Tags")},
    {ImportField::Notes, "notes", QT_TRANSLATE_NOOP("ImportField", "Notes")},
};

} // namespace

QString fieldKey(ImportField field) {
    for (const FieldInfo &info : kFields) {
        if (info.field == field)
            return QString::fromLatin1(info.key);
    }
    return QStringLiteral("custom");
}

ImportField fieldFromKey(const QString &key) {
    for (const FieldInfo &info : kFields) {
        if (key == QLatin1StringView(info.key))
            return info.field;
    }
    return ImportField::Custom;
}

QString fieldLabel(ImportField field) {
    for (const FieldInfo &info : kFields) {
        if (info.field == field)
            return QCoreApplication::translate("ImportField", info.label);
    }
    return {};
}

QList<ImportField> allFields() {
    QList<ImportField> fields;
    for (const FieldInfo &info : kFields)
        fields << info.field;
    return fields;
}

} // namespace prospector::importing

#pragma once

#include <QList>
#include <QString>

namespace prospector::importing {

// What a CSV column can be imported as. Custom keeps the column under its own name in the
// prospect's custom fields; Ignore drops it.
enum class ImportField {
    Ignore,
    Custom,
    FirstName,
    LastName,
    FullName,
    Email,
    Title,
    Company,
    CompanyDomain,
    Website,
    LinkedinUrl,
    Phone,
    City,
    Region,
    Country,
    Location, // "City, Region, Country" in one column, split on import
    Industry,
    CompanySize,
    Source,
    Tags,
    Notes,
};

// Stable keys used in saved mappings, the import record and QML ("first_name", "custom", ...).
QString fieldKey(ImportField field);
// The field of a key; Custom for an unknown key, so a mapping saved by a newer version still loads.
ImportField fieldFromKey(const QString &key);
// Translated label for the mapping editor.
QString fieldLabel(ImportField field);
// Every field in the order the mapping editor lists them.
QList<ImportField> allFields();

} // namespace prospector::importing

#pragma once

#include "importing/columnmapping.h"

#include <QStringList>

namespace prospector::importing {

// Automatic column mapping: header synonyms shared by every file, plus presets for the exports
// reps get most (LinkedIn Sales Navigator via Evaboot/Phantombuster, Apollo, HubSpot, lemlist)
// where a header means something specific (Phantombuster's "profileUrl" is a Sales Navigator
// link, not a profile; Apollo's "Company City" is not the person's city).
class MappingPresets {
public:
    // "generic", "salesnav", "apollo", "hubspot", "lemlist".
    static QStringList presetIds();
    static bool isPreset(const QString &id);
    static QString presetLabel(const QString &id);

    // The preset whose characteristic headers the file has most of ("generic" when none fits).
    static QString detect(const QStringList &headers);
    // Maps every column of the file with `presetId`'s rules; unknown columns become Custom.
    static ColumnMapping map(const QStringList &headers, const QString &presetId);

    // Case, space and punctuation-insensitive form of a header: "E-mail Address" -> "emailaddress".
    static QString normalizeHeader(QStringView header);
};

} // namespace prospector::importing

#pragma once

#include "csv/csvreader.h"
#include "importing/columnmapping.h"
#include "importing/prospectdraft.h"

namespace prospector::importing {

// Turns CSV records into normalized prospect drafts with a column mapping, and says why a row
// cannot be imported (SPEC F-IMP validation): bad email syntax, no identity (no email, no
// LinkedIn URL and no name with a company), too many columns, a field too long, a broken quote.
class RowBuilder {
public:
    RowBuilder(ColumnMapping mapping, QString defaultSource);

    // Fills `draft`. Returns an empty string when the row is valid, else the translated reason.
    QString build(const csv::CsvRecord &record, ProspectDraft &draft) const;

    const ColumnMapping &mapping() const { return m_mapping; }

private:
    ColumnMapping m_mapping;
    QStringList m_customKeys; // per column, precomputed
    QString m_defaultSource;
};

} // namespace prospector::importing

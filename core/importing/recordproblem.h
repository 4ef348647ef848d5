#pragma once

#include "csv/csvreader.h"

#include <QString>

namespace prospector::importing {

// Why the reader could not use a record, in words a rep can act on (translated). Both name the
// reader's limits (10,000 columns, 1 MB per field) so the message says what to change in the file.
// Empty when the record has no problem.
QString rowProblemText(const csv::CsvRecord &record);
// The same for the header row, which stops the whole import rather than one row.
QString headerProblemText(const csv::CsvRecord &record);

} // namespace prospector::importing

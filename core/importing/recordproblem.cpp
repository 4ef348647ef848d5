#include "importing/recordproblem.h"

#include <QCoreApplication>

namespace prospector::importing {

QString rowProblemText(const csv::CsvRecord &record) {
    switch (record.problem) {
    case csv::CsvRecord::Problem::TooManyColumns:
        return QCoreApplication::translate("ImportValidation",
                                           "Too many columns: %L1 (the limit is %L2 columns per row)")
            .arg(record.columnCount)
            .arg(csv::CsvReader::kMaxColumns);
    case csv::CsvRecord::Problem::FieldTooLong:
        return QCoreApplication::translate("ImportValidation", "A field is longer than 1 MB");
    case csv::CsvRecord::Problem::UnterminatedQuote:
        return QCoreApplication::translate(
                   "ImportValidation",
                   "Unterminated quoted field starting on line %1: the rest of the file was read as "
                   "one field")
            .arg(record.problemLine);
    case csv::CsvRecord::Problem::None:
        break;
    }
    return {};
}

QString headerProblemText(const csv::CsvRecord &record) {
    switch (record.problem) {
    case csv::CsvRecord::Problem::TooManyColumns:
        return QCoreApplication::translate(
                   "ImportValidation", "The header row (line %1) has %L2 columns; Prospector reads at "
                                       "most %L3 columns. Remove the columns you do not need and try again.")
            .arg(record.line)
            .arg(record.columnCount)
            .arg(csv::CsvReader::kMaxColumns);
    case csv::CsvRecord::Problem::FieldTooLong:
        return QCoreApplication::translate("ImportValidation",
                                           "The header row (line %1) has a field longer than 1 MB.")
            .arg(record.line);
    case csv::CsvRecord::Problem::UnterminatedQuote:
        return QCoreApplication::translate("ImportValidation",
                                           "The header row (line %1) opens a quote that is never closed, so "
                                           "the whole file would be one field.")
            .arg(record.problemLine);
    case csv::CsvRecord::Problem::None:
        break;
    }
    return {};
}

} // namespace prospector::importing

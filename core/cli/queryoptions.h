#pragma once

#include "review/prospectquery.h"

#include <QCommandLineParser>

namespace prospector::cli {

// The view options shared by `list` and `export` (--search --stage --tier --tag --min-score
// --sort), turned into the same ProspectQuery the review screen uses.
void addQueryOptions(QCommandLineParser &parser);
// Returns false with a translated message on an unknown stage, tier, sort column or bad number.
bool queryFromOptions(const QCommandLineParser &parser, review::ProspectQuery *query, QString *error);

} // namespace prospector::cli

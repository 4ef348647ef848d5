#pragma once

#include <QString>

namespace prospector::storage {

// Turns whatever a rep typed into a safe FTS5 MATCH expression: every word becomes a quoted
// prefix term ("acme"*), so quotes, *, -, NEAR, AND/OR and SQL characters are plain text.
// Returns an empty string when the text has no searchable word.
QString ftsMatchExpression(const QString &userText);

} // namespace prospector::storage

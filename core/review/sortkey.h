#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace prospector::review {

// The columns the prospects view can sort by. Each maps to one NULL-free SQL expression with a
// matching index (schema 3), so keyset pagination can compare values without NULL special cases.
enum class SortColumn { Id, Name, Company, Title, Email, Country, Stage, Score, Tier, Updated, Created };

struct SortKey {
    SortColumn column = SortColumn::Id;
    bool descending = false;

    bool operator==(const SortKey &other) const = default;

    // Stable names used in saved views, the CLI (--sort) and QML ("name", "-score" = descending).
    static QString columnName(SortColumn column);
    static bool columnFromName(const QString &name, SortColumn *column);
    QString toString() const;
    static bool fromString(const QString &text, SortKey *key);

    // The SQL expression the column sorts by. Constant text, never user input.
    static QString sqlExpression(SortColumn column);
};

using SortKeys = QList<SortKey>;

// "-score,name" <-> keys. Returns false on an unknown column name.
bool parseSortKeys(const QString &text, SortKeys *keys);
QString sortKeysToString(const SortKeys &keys);
QJsonArray sortKeysToJson(const SortKeys &keys);
SortKeys sortKeysFromJson(const QJsonArray &array);

} // namespace prospector::review

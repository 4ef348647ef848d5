#include "review/sortkey.h"

#include <QStringList>

namespace prospector::review {
namespace {

struct ColumnInfo {
    SortColumn column;
    const char *name;
    const char *sql;
};

// Each expression is NULL-free and matches an index of schema 1 or 3 character for character,
// which is what lets SQLite walk the index instead of sorting (see tst_querysql's plan checks).
constexpr ColumnInfo kColumns[] = {
    {SortColumn::Id, "id", "id"},
    {SortColumn::Name, "name", "last_name COLLATE NOCASE"},
    {SortColumn::Company, "company", "company_name COLLATE NOCASE"},
    {SortColumn::Title, "title", "title COLLATE NOCASE"},
    {SortColumn::Email, "email", "coalesce(email, '')"},
    {SortColumn::Country, "country", "country"},
    {SortColumn::Stage, "stage",
     "CASE stage WHEN 'new' THEN 0 WHEN 'enriched' THEN 1 WHEN 'qualified' THEN 2 WHEN 'synced' THEN 3 "
     "WHEN 'enrolled' THEN 4 WHEN 'replied' THEN 5 WHEN 'meeting' THEN 6 WHEN 'won' THEN 7 ELSE 8 END"},
    {SortColumn::Score, "score", "coalesce(score, -1)"},
    {SortColumn::Tier, "tier",
     "CASE coalesce(tier_override, tier) WHEN 'hot' THEN 3 WHEN 'warm' THEN 2 WHEN 'cold' THEN 1 ELSE 0 END"},
    {SortColumn::Updated, "updated", "updated_at"},
    {SortColumn::Created, "created", "created_at"},
};

} // namespace

QString SortKey::columnName(SortColumn column) {
    for (const ColumnInfo &info : kColumns) {
        if (info.column == column)
            return QString::fromLatin1(info.name);
    }
    return QStringLiteral("id");
}

bool SortKey::columnFromName(const QString &name, SortColumn *column) {
    for (const ColumnInfo &info : kColumns) {
        if (name.compare(QLatin1String(info.name), Qt::CaseInsensitive) == 0) {
            *column = info.column;
            return true;
        }
    }
    return false;
}

QString SortKey::sqlExpression(SortColumn column) {
    for (const ColumnInfo &info : kColumns) {
        if (info.column == column)
            return QString::fromLatin1(info.sql);
    }
    return QStringLiteral("id");
}

QString SortKey::toString() const {
    return (descending ? QStringLiteral("-") : QString()) + columnName(column);
}

bool SortKey::fromString(const QString &text, SortKey *key) {
    QString name = text.trimmed();
    bool descending = false;
    if (name.startsWith(QLatin1Char('-'))) {
        descending = true;
        name = name.mid(1);
    } else if (name.startsWith(QLatin1Char('+'))) {
        name = name.mid(1);
    }
    SortColumn column;
    if (!columnFromName(name, &column))
        return false;
    *key = {column, descending};
    return true;
}

bool parseSortKeys(const QString &text, SortKeys *keys) {
    SortKeys result;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        SortKey key;
        if (!SortKey::fromString(part, &key))
            return false;
        result << key;
    }
    *keys = result;
    return true;
}

QString sortKeysToString(const SortKeys &keys) {
    QStringList parts;
    for (const SortKey &key : keys)
        parts << key.toString();
    return parts.join(QLatin1Char(','));
}

QJsonArray sortKeysToJson(const SortKeys &keys) {
    QJsonArray array;
    for (const SortKey &key : keys)
        array.append(key.toString());
    return array;
}

SortKeys sortKeysFromJson(const QJsonArray &array) {
    SortKeys keys;
    for (const QJsonValue &value : array) {
        SortKey key;
        if (SortKey::fromString(value.toString(), &key))
            keys << key;
    }
    return keys;
}

} // namespace prospector::review

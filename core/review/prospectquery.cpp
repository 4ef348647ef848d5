#include "review/prospectquery.h"

#include <QJsonArray>

namespace prospector::review {
namespace {

QJsonArray toArray(const QStringList &list) {
    return QJsonArray::fromStringList(list);
}

QStringList stringsOf(const QJsonValue &value) {
    QStringList result;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString() && !item.toString().isEmpty())
            result << item.toString();
    }
    return result;
}

} // namespace

SortKeys ProspectQuery::effectiveSort() const {
    SortKeys result;
    for (const SortKey &key : sort) {
        const bool seen = std::any_of(result.cbegin(), result.cend(),
                                      [&](const SortKey &k) { return k.column == key.column; });
        if (seen)
            continue;
        result << key;
        if (key.column == SortColumn::Id) // unique: later keys could never matter
            return result;
    }
    // The id follows the last key's direction, so "score DESC, id DESC" is one backward walk of
    // the (score, id) index; a mixed "score DESC, id ASC" would make SQLite sort every tie group.
    result << SortKey{SortColumn::Id, !result.isEmpty() && result.constLast().descending};
    return result;
}

QJsonObject ProspectQuery::filtersToJson() const {
    QJsonObject o;
    if (!stages.isEmpty())
        o.insert(QStringLiteral("stages"), toArray(stages));
    if (!tiers.isEmpty())
        o.insert(QStringLiteral("tiers"), toArray(tiers));
    if (!tags.isEmpty())
        o.insert(QStringLiteral("tags"), toArray(tags));
    if (!importIds.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : importIds)
            ids.append(id);
        o.insert(QStringLiteral("imports"), ids);
    }
    if (!sources.isEmpty())
        o.insert(QStringLiteral("sources"), toArray(sources));
    if (!countries.isEmpty())
        o.insert(QStringLiteral("countries"), toArray(countries));
    if (!syncStates.isEmpty())
        o.insert(QStringLiteral("syncStates"), toArray(syncStates));
    if (!company.isEmpty())
        o.insert(QStringLiteral("company"), company);
    if (minScore >= 0)
        o.insert(QStringLiteral("minScore"), minScore);
    if (maxScore >= 0)
        o.insert(QStringLiteral("maxScore"), maxScore);
    if (hasEmail != HasEmail::Any)
        o.insert(QStringLiteral("hasEmail"), hasEmail == HasEmail::Yes);
    if (archived != Archived::Exclude)
        o.insert(QStringLiteral("archived"),
                 archived == Archived::Only ? QStringLiteral("only") : QStringLiteral("include"));
    return o;
}

void ProspectQuery::setFiltersFromJson(const QJsonObject &o) {
    stages = stringsOf(o.value(QStringLiteral("stages")));
    tiers = stringsOf(o.value(QStringLiteral("tiers")));
    tags = stringsOf(o.value(QStringLiteral("tags")));
    importIds.clear();
    for (const QJsonValue &id : o.value(QStringLiteral("imports")).toArray()) {
        if (id.isDouble() && id.toInteger() > 0)
            importIds << id.toInteger();
    }
    sources = stringsOf(o.value(QStringLiteral("sources")));
    countries = stringsOf(o.value(QStringLiteral("countries")));
    syncStates = stringsOf(o.value(QStringLiteral("syncStates")));
    company = o.value(QStringLiteral("company")).toString();
    const auto score = [&](const QString &key) {
        const QJsonValue v = o.value(key);
        return v.isDouble() ? std::clamp(v.toInt(-1), -1, 100) : -1;
    };
    minScore = score(QStringLiteral("minScore"));
    maxScore = score(QStringLiteral("maxScore"));
    const QJsonValue email = o.value(QStringLiteral("hasEmail"));
    hasEmail = email.isBool() ? (email.toBool() ? HasEmail::Yes : HasEmail::No) : HasEmail::Any;
    const QString arch = o.value(QStringLiteral("archived")).toString();
    archived = arch == QLatin1String("only")      ? Archived::Only
               : arch == QLatin1String("include") ? Archived::Include
                                                  : Archived::Exclude;
}

} // namespace prospector::review

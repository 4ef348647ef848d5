// POST /crm/v3/objects/{type}/search (CONTRACTS.md 1.4.11): filter groups ORed, filters ANDed,
// numeric offset paging in the body, the 10,000-result cap, and an optional indexing delay.
#include "hubspotsimulator.h"

#include <algorithm>

namespace prospector::sandbox {

namespace {

constexpr int kMaxGroups = 5;
constexpr int kMaxFiltersPerGroup = 6;
constexpr int kMaxFilters = 18;
constexpr int kMaxResults = 10'000;

bool filterMatches(const HubSpotRecord &record, const QJsonObject &filter) {
    const QString property = filter.value(QStringLiteral("propertyName")).toString();
    const QString operation = filter.value(QStringLiteral("operator")).toString(QStringLiteral("EQ"));
    const bool has = record.properties.contains(property) && !record.properties.value(property).isEmpty();
    const QString actual = record.properties.value(property);
    const QJsonValue rawValue = filter.value(QStringLiteral("value"));
    const QString value =
        rawValue.isDouble() ? QString::number(rawValue.toDouble(), 'g', 17) : rawValue.toString();
    auto inList = [&] {
        for (const QJsonValue &item : filter.value(QStringLiteral("values")).toArray()) {
            if (actual.compare(item.toString(), Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    if (operation == QLatin1String("EQ"))
        return has && actual.compare(value, Qt::CaseInsensitive) == 0;
    if (operation == QLatin1String("NEQ"))
        return actual.compare(value, Qt::CaseInsensitive) != 0;
    if (operation == QLatin1String("HAS_PROPERTY"))
        return has;
    if (operation == QLatin1String("NOT_HAS_PROPERTY"))
        return !has;
    if (operation == QLatin1String("IN"))
        return has && inList();
    if (operation == QLatin1String("NOT_IN"))
        return !inList();
    if (operation == QLatin1String("CONTAINS_TOKEN"))
        return has && actual.contains(QString(value).remove(QLatin1Char('*')), Qt::CaseInsensitive);
    if (operation == QLatin1String("NOT_CONTAINS_TOKEN"))
        return !actual.contains(QString(value).remove(QLatin1Char('*')), Qt::CaseInsensitive);
    if (operation == QLatin1String("GT") || operation == QLatin1String("GTE") ||
        operation == QLatin1String("LT") || operation == QLatin1String("LTE")) {
        const int order = QString::compare(actual, value);
        if (operation == QLatin1String("GT"))
            return has && order > 0;
        if (operation == QLatin1String("GTE"))
            return has && order >= 0;
        if (operation == QLatin1String("LT"))
            return has && order < 0;
        return has && order <= 0;
    }
    return false;
}

} // namespace

HttpResponse HubSpotSimulator::search(HubSpotObjectStore &store, const QJsonObject &body) {
    const QJsonArray groups = body.value(QStringLiteral("filterGroups")).toArray();
    int totalFilters = 0;
    for (const QJsonValue &group : groups) {
        const int count =
            static_cast<int>(group.toObject().value(QStringLiteral("filters")).toArray().size());
        totalFilters += count;
        if (count > kMaxFiltersPerGroup) {
            return hubspotError(
                400, QStringLiteral("VALIDATION_ERROR"),
                QStringLiteral("Too many filters in a filter group (maximum %1)").arg(kMaxFiltersPerGroup));
        }
    }
    if (groups.size() > kMaxGroups || totalFilters > kMaxFilters) {
        return hubspotError(
            400, QStringLiteral("VALIDATION_ERROR"),
            QStringLiteral("Too many filter groups or filters (maximum %1 groups, %2 filters)")
                .arg(kMaxGroups)
                .arg(kMaxFilters));
    }
    if (body.value(QStringLiteral("query")).toString().size() > 3000)
        return hubspotError(400, QStringLiteral("VALIDATION_ERROR"), QStringLiteral("query is too long"));
    const int limit =
        body.contains(QStringLiteral("limit")) ? body.value(QStringLiteral("limit")).toInt() : 10;
    if (limit < 0 || limit > 200)
        return hubspotError(400, QStringLiteral("VALIDATION_ERROR"),
                            QStringLiteral("limit must be at most 200"));
    const QJsonValue afterValue = body.value(QStringLiteral("after"));
    const int after = afterValue.isString() ? afterValue.toString().toInt() : afterValue.toInt();
    if (after + limit > kMaxResults) {
        return hubspotError(400, QStringLiteral("VALIDATION_ERROR"),
                            QStringLiteral("Cannot page beyond %1 results").arg(kMaxResults));
    }
    const QString freeText = body.value(QStringLiteral("query")).toString();
    QList<const HubSpotRecord *> matches;
    const qint64 now = m_clock.nowMs();
    for (const HubSpotRecord &record : store.records) {
        if (record.archived || record.indexedAtMs > now)
            continue; // archived records never show; fresh writes show after the indexing delay
        bool matched = groups.isEmpty();
        for (const QJsonValue &group : groups) {
            const QJsonArray filters = group.toObject().value(QStringLiteral("filters")).toArray();
            matched = std::all_of(filters.begin(), filters.end(), [&record](const QJsonValue &filter) {
                return filterMatches(record, filter.toObject());
            });
            if (matched)
                break;
        }
        if (matched && !freeText.isEmpty()) {
            matched = std::any_of(
                record.properties.cbegin(), record.properties.cend(),
                [&freeText](const QString &value) { return value.contains(freeText, Qt::CaseInsensitive); });
        }
        if (matched)
            matches.append(&record);
    }
    // Only one sort is honoured: {propertyName, direction} or "createdate" / "-createdate".
    const QJsonValue sort = body.value(QStringLiteral("sorts")).toArray().first();
    QString sortProperty =
        sort.isString() ? sort.toString() : sort.toObject().value(QStringLiteral("propertyName")).toString();
    bool descending =
        sort.toObject().value(QStringLiteral("direction")).toString() == QLatin1String("DESCENDING");
    if (sortProperty.startsWith(QLatin1Char('-'))) {
        sortProperty.remove(0, 1);
        descending = true;
    }
    if (!sortProperty.isEmpty()) {
        std::stable_sort(matches.begin(), matches.end(), [&](const HubSpotRecord *a, const HubSpotRecord *b) {
            const QString left = a->properties.value(sortProperty);
            const QString right = b->properties.value(sortProperty);
            return descending ? right < left : left < right;
        });
    }
    QStringList properties;
    for (const QJsonValue &name : body.value(QStringLiteral("properties")).toArray())
        properties.append(name.toString());
    if (properties.isEmpty()) {
        properties =
            &store == &m_contacts
                ? QStringList{QStringLiteral("createdate"),       QStringLiteral("email"),
                              QStringLiteral("firstname"),        QStringLiteral("hs_object_id"),
                              QStringLiteral("lastmodifieddate"), QStringLiteral("lastname")}
                : QStringList{QStringLiteral("name"), QStringLiteral("domain"), QStringLiteral("createdate"),
                              QStringLiteral("hs_lastmodifieddate"), QStringLiteral("hs_object_id")};
    }
    QJsonArray results;
    const int end = std::min(static_cast<int>(matches.size()), after + (limit == 0 ? 10 : limit));
    for (int i = std::max(0, after); i < end; ++i)
        results.append(recordJson(store, *matches.at(i), properties));
    QJsonObject response{{QStringLiteral("total"), static_cast<int>(matches.size())},
                         {QStringLiteral("results"), results}};
    if (end < matches.size()) {
        response.insert(QStringLiteral("paging"),
                        QJsonObject{{QStringLiteral("next"),
                                     QJsonObject{{QStringLiteral("after"), QString::number(end)}}}});
    }
    return hubspotJson(200, response);
}

} // namespace prospector::sandbox

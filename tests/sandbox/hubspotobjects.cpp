// Single-object CRUD and list of the HubSpot simulator, plus the record helpers the batch, search
// and association handlers share.
#include "hubspotsimulator.h"

#include <QJsonDocument>

namespace prospector::sandbox {

namespace {

// Properties a fresh portal knows (a generous subset of HubSpot's defaults); anything else is
// "PROPERTY_DOESNT_EXIST" unless configured as a custom property.
const QSet<QString> &contactProperties() {
    static const QSet<QString> names = {QStringLiteral("email"),
                                        QStringLiteral("firstname"),
                                        QStringLiteral("lastname"),
                                        QStringLiteral("company"),
                                        QStringLiteral("phone"),
                                        QStringLiteral("mobilephone"),
                                        QStringLiteral("jobtitle"),
                                        QStringLiteral("website"),
                                        QStringLiteral("city"),
                                        QStringLiteral("state"),
                                        QStringLiteral("country"),
                                        QStringLiteral("zip"),
                                        QStringLiteral("address"),
                                        QStringLiteral("industry"),
                                        QStringLiteral("lifecyclestage"),
                                        QStringLiteral("hs_lead_status"),
                                        QStringLiteral("hs_linkedin_url"),
                                        QStringLiteral("linkedin_url"),
                                        QStringLiteral("annualrevenue"),
                                        QStringLiteral("numemployees"),
                                        QStringLiteral("seniority"),
                                        QStringLiteral("hs_persona"),
                                        QStringLiteral("hubspot_owner_id"),
                                        QStringLiteral("message"),
                                        QStringLiteral("salutation"),
                                        QStringLiteral("fax"),
                                        QStringLiteral("twitterhandle"),
                                        QStringLiteral("hs_language"),
                                        QStringLiteral("hs_timezone"),
                                        QStringLiteral("associatedcompanyid")};
    return names;
}

const QSet<QString> &companyProperties() {
    static const QSet<QString> names = {QStringLiteral("name"),
                                        QStringLiteral("domain"),
                                        QStringLiteral("website"),
                                        QStringLiteral("industry"),
                                        QStringLiteral("phone"),
                                        QStringLiteral("city"),
                                        QStringLiteral("state"),
                                        QStringLiteral("country"),
                                        QStringLiteral("zip"),
                                        QStringLiteral("address"),
                                        QStringLiteral("numberofemployees"),
                                        QStringLiteral("annualrevenue"),
                                        QStringLiteral("description"),
                                        QStringLiteral("linkedin_company_page"),
                                        QStringLiteral("lifecyclestage"),
                                        QStringLiteral("hs_lead_status"),
                                        QStringLiteral("type"),
                                        QStringLiteral("founded_year"),
                                        QStringLiteral("timezone"),
                                        QStringLiteral("hubspot_owner_id"),
                                        QStringLiteral("naics_code"),
                                        QStringLiteral("sic_code")};
    return names;
}

const QSet<QString> &readOnlyProperties() {
    static const QSet<QString> names = {QStringLiteral("hs_object_id"), QStringLiteral("createdate"),
                                        QStringLiteral("lastmodifieddate"),
                                        QStringLiteral("hs_lastmodifieddate")};
    return names;
}

QString propertyString(const QJsonValue &value) {
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return value.toString();
}

} // namespace

HubSpotRecord *HubSpotObjectStore::find(qint64 id) {
    auto it = records.find(id);
    return it == records.end() || it->archived ? nullptr : &*it;
}

HubSpotRecord *HubSpotObjectStore::findBy(const QString &property, const QString &value) {
    if (property == QLatin1String("hs_object_id"))
        return find(value.toLongLong());
    if (!indexedProperty.isEmpty() && property == indexedProperty) {
        if (value.isEmpty())
            return nullptr;
        const auto it = index.constFind(value.toLower());
        return it == index.cend() ? nullptr : find(*it);
    }
    for (HubSpotRecord &record : records) {
        if (!record.archived && !value.isEmpty() &&
            record.properties.value(property).compare(value, Qt::CaseInsensitive) == 0)
            return &record;
    }
    return nullptr;
}

void HubSpotObjectStore::reindex(const HubSpotRecord &record, const QString &oldValue) {
    if (indexedProperty.isEmpty())
        return;
    const QString now = record.archived ? QString() : record.properties.value(indexedProperty).toLower();
    const QString before = oldValue.toLower();
    if (!before.isEmpty() && before != now && index.value(before) == record.id)
        index.remove(before);
    if (!now.isEmpty())
        index.insert(now, record.id);
}

void HubSpotObjectStore::clear() {
    records.clear();
    index.clear();
}

HubSpotObjectStore *HubSpotSimulator::storeFor(const QString &objectType) {
    const QString type = objectType.toLower();
    if (type == QLatin1String("contacts") || type == QLatin1String("contact") || type == QLatin1String("0-1"))
        return &m_contacts;
    if (type == QLatin1String("companies") || type == QLatin1String("company") ||
        type == QLatin1String("0-2"))
        return &m_companies;
    return nullptr;
}

bool HubSpotSimulator::propertyKnown(const HubSpotObjectStore &store, const QString &name) const {
    if (&store == &m_contacts)
        return contactProperties().contains(name) || m_config.extraContactProperties.contains(name);
    return companyProperties().contains(name) || m_config.extraCompanyProperties.contains(name);
}

std::optional<QMap<QString, QString>>
HubSpotSimulator::readProperties(const HubSpotObjectStore &store, const QJsonValue &value, QString *badName) {
    QMap<QString, QString> properties;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool readOnly = readOnlyProperties().contains(it.key());
        if (m_config.strictProperties && (readOnly || !propertyKnown(store, it.key()))) {
            *badName = it.key();
            return std::nullopt;
        }
        properties.insert(it.key(), propertyString(it.value()));
    }
    return properties;
}

HttpResponse hubspotPropertyError(const QString &name) {
    const QString detail = QStringLiteral("Property \"%1\" does not exist").arg(name);
    const QJsonObject item{{QStringLiteral("isValid"), false},
                           {QStringLiteral("message"), detail},
                           {QStringLiteral("error"), QStringLiteral("PROPERTY_DOESNT_EXIST")},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("localizedErrorMessage"), detail},
                           {QStringLiteral("portalId"), 4242}};
    const QString list = QString::fromUtf8(QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact));
    const QJsonObject error{
        {QStringLiteral("message"), detail},
        {QStringLiteral("code"), QStringLiteral("PROPERTY_DOESNT_EXIST")},
        {QStringLiteral("context"), QJsonObject{{QStringLiteral("propertyName"), QJsonArray{name}}}}};
    return hubspotError(400, QStringLiteral("VALIDATION_ERROR"),
                        QStringLiteral("Property values were not valid: ") + list,
                        {{QStringLiteral("errors"), QJsonArray{error}}});
}

HubSpotRecord &HubSpotSimulator::createRecord(HubSpotObjectStore &store,
                                              const QMap<QString, QString> &properties) {
    HubSpotRecord record;
    record.id = m_nextId++;
    record.createdAt = QDateTime::currentDateTimeUtc();
    record.updatedAt = record.createdAt;
    record.properties = properties;
    record.properties.insert(QStringLiteral("hs_object_id"), QString::number(record.id));
    record.properties.insert(QStringLiteral("createdate"), hubspotTimestamp(record.createdAt));
    record.properties.insert(QStringLiteral("lastmodifieddate"), hubspotTimestamp(record.updatedAt));
    record.indexedAtMs = m_clock.nowMs() + indexDelay();
    HubSpotRecord &stored = *store.records.insert(record.id, record);
    store.reindex(stored, QString());
    return stored;
}

void HubSpotSimulator::updateRecord(HubSpotRecord &record, const QMap<QString, QString> &properties) {
    HubSpotObjectStore &store = m_contacts.records.contains(record.id) ? m_contacts : m_companies;
    const QString before = record.properties.value(store.indexedProperty);
    for (auto it = properties.cbegin(); it != properties.cend(); ++it) {
        if (it.value().isEmpty())
            record.properties.remove(it.key()); // "" clears a value
        else
            record.properties.insert(it.key(), it.value());
    }
    record.updatedAt = QDateTime::currentDateTimeUtc();
    record.properties.insert(QStringLiteral("lastmodifieddate"), hubspotTimestamp(record.updatedAt));
    record.indexedAtMs = m_clock.nowMs() + indexDelay();
    store.reindex(record, before);
}

QStringList HubSpotSimulator::allProperties(const HubSpotRecord &record) const {
    return record.properties.keys();
}

QJsonObject HubSpotSimulator::recordJson(const HubSpotObjectStore &store, const HubSpotRecord &record,
                                         const QStringList &properties) const {
    QJsonObject values;
    for (const QString &name : properties) {
        const auto it = record.properties.constFind(name);
        values.insert(name, it == record.properties.cend() ? QJsonValue() : QJsonValue(*it));
    }
    values.insert(QStringLiteral("hs_object_id"), QString::number(record.id));
    QJsonObject object{
        {QStringLiteral("id"), QString::number(record.id)},
        {QStringLiteral("properties"), values},
        {QStringLiteral("createdAt"), hubspotTimestamp(record.createdAt)},
        {QStringLiteral("updatedAt"), hubspotTimestamp(record.updatedAt)},
        {QStringLiteral("archived"), record.archived},
        // Newer responses name the record's page ("Using Object APIs").
        {QStringLiteral("url"), QStringLiteral("https://app.hubspot.com/contacts/%1/record/%2/%3")
                                    .arg(m_config.portalId)
                                    .arg(store.typeId)
                                    .arg(record.id)}};
    return object;
}

HttpResponse HubSpotSimulator::objects(const HttpRequest &request, HubSpotObjectStore &store,
                                       const QStringList &rest) {
    const QByteArray &method = request.method;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    const bool needsBody = method == "POST" || method == "PATCH";
    if (needsBody && (parseError.error != QJsonParseError::NoError || !document.isObject())) {
        return hubspotError(400, QStringLiteral("VALIDATION_ERROR"),
                            QStringLiteral("Invalid input JSON on line 1: ") + parseError.errorString());
    }
    const QJsonObject body = document.object();
    if (rest.isEmpty()) {
        if (method == "POST")
            return createOne(store, body);
        if (method == "GET")
            return list(request, store);
    } else if (rest.at(0) == QLatin1String("batch") && rest.size() == 2 && method == "POST") {
        return batch(request, store, rest.at(1));
    } else if (rest.at(0) == QLatin1String("search") && rest.size() == 1 && method == "POST") {
        return search(store, body);
    } else if (rest.size() == 1) {
        if (method == "GET")
            return readOne(request, store, rest.at(0));
        if (method == "PATCH")
            return updateOne(request, store, rest.at(0));
        if (method == "DELETE")
            return archiveOne(request, store, rest.at(0));
    }
    return hubspotError(405, QStringLiteral("VALIDATION_ERROR"), QStringLiteral("Method not allowed"));
}

HttpResponse HubSpotSimulator::createOne(HubSpotObjectStore &store, const QJsonObject &body) {
    QString badName;
    const auto properties = readProperties(store, body.value(QStringLiteral("properties")), &badName);
    if (!properties)
        return hubspotPropertyError(badName);
    if (&store == &m_contacts) {
        if (const HubSpotRecord *existing =
                store.findBy(QStringLiteral("email"), properties->value(QStringLiteral("email"))))
            return hubspotError(409, QStringLiteral("CONFLICT"),
                                QStringLiteral("Contact already exists. Existing ID: ") +
                                    QString::number(existing->id));
    } else if (properties->value(QStringLiteral("domain")).isEmpty() &&
               properties->value(QStringLiteral("name")).isEmpty()) {
        return hubspotError(400, QStringLiteral("VALIDATION_ERROR"),
                            QStringLiteral("A company needs at least a domain or a name"));
    }
    // Inline associations must point at existing records; check them before writing anything.
    HubSpotObjectStore &other = &store == &m_contacts ? m_companies : m_contacts;
    QList<QPair<qint64, int>> links;
    for (const QJsonValue &association : body.value(QStringLiteral("associations")).toArray()) {
        const QJsonObject object = association.toObject();
        const QString toId =
            object.value(QStringLiteral("to")).toObject().value(QStringLiteral("id")).toString();
        if (!other.find(toId.toLongLong())) {
            return hubspotError(
                400, QStringLiteral("VALIDATION_ERROR"),
                QStringLiteral("No %1 with ID %2 to associate with").arg(other.singular, toId));
        }
        for (const QJsonValue &type : object.value(QStringLiteral("types")).toArray()) {
            const int typeId = type.toObject().value(QStringLiteral("associationTypeId")).toInt();
            if (typeId != 1 && typeId != 2 && typeId != 279 && typeId != 280) {
                return hubspotError(400, QStringLiteral("VALIDATION_ERROR"),
                                    QStringLiteral("association type %1 is not valid here").arg(typeId));
            }
            links.append({toId.toLongLong(), typeId});
        }
    }
    HubSpotRecord &record = createRecord(store, *properties);
    QString error;
    for (const auto &[toId, typeId] : std::as_const(links))
        linkPair(store.name, record.id, other.name, toId, typeId, &error);
    return hubspotJson(201, recordJson(store, record, allProperties(record)));
}

HttpResponse HubSpotSimulator::readOne(const HttpRequest &request, HubSpotObjectStore &store,
                                       const QString &id) {
    const QString idProperty = request.query.queryItemValue(QStringLiteral("idProperty"), QUrl::FullyDecoded);
    HubSpotRecord *record = nullptr;
    bool numeric = false;
    id.toLongLong(&numeric);
    if (!idProperty.isEmpty())
        record = store.findBy(idProperty, id);
    else if (numeric)
        record = store.find(id.toLongLong());
    if (!record) {
        const QString message = numeric || !idProperty.isEmpty()
                                    ? QStringLiteral("Object not found.")
                                    : QStringLiteral("Object not found.  objectId are usually numeric.");
        return hubspotError(
            404, QStringLiteral("OBJECT_NOT_FOUND"), message,
            {{QStringLiteral("context"), QJsonObject{{QStringLiteral("id"), QJsonArray{id}}}}});
    }
    QStringList properties =
        &store == &m_contacts
            ? QStringList{QStringLiteral("firstname"), QStringLiteral("lastname"), QStringLiteral("email")}
            : QStringList{QStringLiteral("name"), QStringLiteral("domain")};
    properties << QStringLiteral("createdate") << QStringLiteral("lastmodifieddate");
    const QString requested = request.query.queryItemValue(QStringLiteral("properties"), QUrl::FullyDecoded);
    if (!requested.isEmpty())
        properties = requested.split(QLatin1Char(','), Qt::SkipEmptyParts);
    QJsonObject object = recordJson(store, *record, properties);
    const QString associations =
        request.query.queryItemValue(QStringLiteral("associations"), QUrl::FullyDecoded);
    if (!associations.isEmpty()) {
        QJsonObject grouped;
        for (const QString &toType : associations.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const HubSpotObjectStore *other = storeFor(toType);
            if (!other || other == &store)
                continue;
            QJsonArray results;
            for (auto it = m_associations.cbegin(); it != m_associations.cend(); ++it) {
                const bool fromContact = &store == &m_contacts;
                if ((fromContact ? it.key().first : it.key().second) != record->id)
                    continue;
                const qint64 otherId = fromContact ? it.key().second : it.key().first;
                results.append(QJsonObject{
                    {QStringLiteral("id"), QString::number(otherId)},
                    {QStringLiteral("type"), fromContact ? QStringLiteral("contact_to_company")
                                                         : QStringLiteral("company_to_contact")}});
            }
            if (!results.isEmpty())
                grouped.insert(other->name, QJsonObject{{QStringLiteral("results"), results}});
        }
        object.insert(QStringLiteral("associations"), grouped);
    }
    return hubspotJson(200, object);
}

HttpResponse HubSpotSimulator::updateOne(const HttpRequest &request, HubSpotObjectStore &store,
                                         const QString &id) {
    const QString idProperty = request.query.queryItemValue(QStringLiteral("idProperty"), QUrl::FullyDecoded);
    HubSpotRecord *record = idProperty.isEmpty() ? store.find(id.toLongLong()) : store.findBy(idProperty, id);
    if (!record)
        return hubspotError(
            404, QStringLiteral("OBJECT_NOT_FOUND"), QStringLiteral("Object not found."),
            {{QStringLiteral("context"), QJsonObject{{QStringLiteral("id"), QJsonArray{id}}}}});
    QString badName;
    const auto properties = readProperties(
        store, QJsonDocument::fromJson(request.body).object().value(QStringLiteral("properties")), &badName);
    if (!properties)
        return hubspotPropertyError(badName);
    updateRecord(*record, *properties);
    return hubspotJson(200, recordJson(store, *record, allProperties(*record)));
}

HttpResponse HubSpotSimulator::archiveOne(const HttpRequest &, HubSpotObjectStore &store, const QString &id) {
    // A second DELETE is answered 204 as well (HubSpot's behaviour there is undocumented).
    if (HubSpotRecord *record = store.find(id.toLongLong())) {
        record->archived = true;
        store.reindex(*record, record->properties.value(store.indexedProperty));
    }
    return HttpResponse::noContent();
}

HttpResponse HubSpotSimulator::list(const HttpRequest &request, HubSpotObjectStore &store) {
    const int limit = std::clamp(request.query.queryItemValue(QStringLiteral("limit")).toInt(), 0, 100);
    const qint64 after = request.query.queryItemValue(QStringLiteral("after")).toLongLong();
    const QString requested = request.query.queryItemValue(QStringLiteral("properties"), QUrl::FullyDecoded);
    QJsonArray results;
    qint64 next = 0;
    for (const HubSpotRecord &record : store.records) {
        if (record.archived || record.id < after)
            continue;
        if (results.size() == (limit > 0 ? limit : 10)) {
            next = record.id;
            break;
        }
        const QStringList properties =
            requested.isEmpty() ? QStringList{} : requested.split(QLatin1Char(','));
        results.append(recordJson(store, record, properties));
    }
    QJsonObject body{{QStringLiteral("results"), results}};
    if (next > 0) {
        body.insert(QStringLiteral("paging"),
                    QJsonObject{{QStringLiteral("next"),
                                 QJsonObject{{QStringLiteral("after"), QString::number(next)}}}});
    }
    return hubspotJson(200, body);
}

} // namespace prospector::sandbox

// The HubSpot batch endpoints: create, read, update, upsert, archive (CONTRACTS.md 1.4.7-1.4.10).
#include "hubspotsimulator.h"

#include <QJsonDocument>

namespace prospector::sandbox {

namespace {

QJsonObject batchError(const QString &category, const QString &message, const QJsonObject &context) {
    return {{QStringLiteral("status"), QStringLiteral("error")},
            {QStringLiteral("category"), category},
            {QStringLiteral("message"), message},
            {QStringLiteral("context"), context}};
}

HttpResponse withErrors(int okStatus, QJsonObject envelope, const QJsonArray &errors) {
    if (errors.isEmpty())
        return hubspotJson(okStatus, envelope);
    envelope.insert(QStringLiteral("numErrors"), errors.size());
    envelope.insert(QStringLiteral("errors"), errors);
    return hubspotJson(207, envelope);
}

QString joined(const QStringList &values) {
    return QLatin1Char('[') + values.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace

HttpResponse HubSpotSimulator::batch(const HttpRequest &request, HubSpotObjectStore &store,
                                     const QString &operation) {
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonArray inputs = body.value(QStringLiteral("inputs")).toArray();
    if (!body.value(QStringLiteral("inputs")).isArray()) {
        return hubspotError(400, QStringLiteral("VALIDATION_ERROR"),
                            QStringLiteral("Invalid input JSON: \"inputs\" is required"));
    }
    // The over-limit body is undocumented [U]; CONTRACTS.md asks for 400 VALIDATION_ERROR.
    if (inputs.size() > m_config.batchLimit) {
        return hubspotError(
            400, QStringLiteral("VALIDATION_ERROR"),
            QStringLiteral("Batch input limit exceeded: %1 inputs were sent, the limit is %2")
                .arg(inputs.size())
                .arg(m_config.batchLimit),
            {{QStringLiteral("context"),
              QJsonObject{{QStringLiteral("limit"), QJsonArray{QString::number(m_config.batchLimit)}}}}});
    }
    if (operation == QLatin1String("create"))
        return batchCreate(store, inputs);
    if (operation == QLatin1String("read"))
        return batchRead(request, store, body);
    if (operation == QLatin1String("update"))
        return batchUpdate(store, inputs);
    if (operation == QLatin1String("upsert"))
        return batchUpsert(request, store, inputs);
    if (operation == QLatin1String("archive"))
        return batchArchive(store, inputs);
    return hubspotError(404, QStringLiteral("OBJECT_NOT_FOUND"), QStringLiteral("Unknown batch operation"));
}

HttpResponse HubSpotSimulator::batchCreate(HubSpotObjectStore &store, const QJsonArray &inputs) {
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const bool contacts = &store == &m_contacts;
    // Unique objectWriteTraceIds turn on partial success (207); without them one failure fails all.
    QSet<QString> traceIds;
    bool partial = true;
    for (const QJsonValue &input : inputs) {
        const QString trace = input.toObject().value(QStringLiteral("objectWriteTraceId")).toString();
        if (trace.isEmpty() || traceIds.contains(trace))
            partial = false;
        traceIds.insert(trace);
    }
    QList<QPair<QMap<QString, QString>, QList<QPair<qint64, int>>>> accepted;
    QJsonArray errors;
    QSet<QString> emailsInBatch;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QJsonObject input = inputs.at(i).toObject();
        const QJsonObject traceContext{
            {QStringLiteral("objectWriteTraceId"),
             QJsonArray{input.value(QStringLiteral("objectWriteTraceId")).toString()}}};
        QString badName;
        const auto properties = readProperties(store, input.value(QStringLiteral("properties")), &badName);
        if (!properties) {
            if (!partial)
                return hubspotPropertyError(badName);
            const QJsonObject error = QJsonDocument::fromJson(hubspotPropertyError(badName).body).object();
            errors.append(batchError(QStringLiteral("VALIDATION_ERROR"),
                                     error.value(QStringLiteral("message")).toString(), traceContext));
            continue;
        }
        if (contacts) {
            const QString email = properties->value(QStringLiteral("email")).toLower();
            const HubSpotRecord *existing = store.findBy(QStringLiteral("email"), email);
            const bool duplicate = !email.isEmpty() && emailsInBatch.contains(email);
            if (existing || duplicate) {
                const QString message =
                    existing ? QStringLiteral("Contact already exists. Existing ID: ") +
                                   QString::number(existing->id)
                             : QStringLiteral("Duplicate emails found in batch input: [%1]").arg(email);
                if (!partial)
                    return hubspotError(409, QStringLiteral("CONFLICT"), message);
                errors.append(batchError(QStringLiteral("CONFLICT"), message, traceContext));
                continue;
            }
            if (!email.isEmpty())
                emailsInBatch.insert(email);
        }
        // Inline associations (CONTRACTS.md 1.4.7 a): the targets must exist, else this input fails.
        HubSpotObjectStore &other = contacts ? m_companies : m_contacts;
        QList<QPair<qint64, int>> links;
        QString badLink;
        for (const QJsonValue &association : input.value(QStringLiteral("associations")).toArray()) {
            const QJsonObject object = association.toObject();
            const qint64 toId = object.value(QStringLiteral("to"))
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toString()
                                    .toLongLong();
            if (!other.find(toId))
                badLink = QStringLiteral("No %1 with ID %2 to associate with").arg(other.singular).arg(toId);
            for (const QJsonValue &type : object.value(QStringLiteral("types")).toArray())
                links.append({toId, type.toObject().value(QStringLiteral("associationTypeId")).toInt()});
        }
        if (!badLink.isEmpty()) {
            if (!partial)
                return hubspotError(400, QStringLiteral("VALIDATION_ERROR"), badLink);
            errors.append(batchError(QStringLiteral("VALIDATION_ERROR"), badLink, traceContext));
            continue;
        }
        accepted.append({*properties, links});
    }
    QJsonArray results;
    for (const auto &[properties, links] : std::as_const(accepted)) {
        HubSpotRecord &record = createRecord(store, properties);
        QString linkError;
        for (const auto &[toId, typeId] : links)
            linkPair(store.name, record.id, contacts ? m_companies.name : m_contacts.name, toId, typeId,
                     &linkError);
        results.append(recordJson(store, record, allProperties(record)));
    }
    return withErrors(201, batchEnvelope(results, started), errors);
}

HttpResponse HubSpotSimulator::batchRead(const HttpRequest &, HubSpotObjectStore &store,
                                         const QJsonObject &body) {
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const QString idProperty = body.value(QStringLiteral("idProperty")).toString();
    QStringList properties;
    for (const QJsonValue &name : body.value(QStringLiteral("properties")).toArray())
        properties.append(name.toString());
    QJsonArray results;
    QJsonArray missing;
    for (const QJsonValue &input : body.value(QStringLiteral("inputs")).toArray()) {
        const QString id = input.toObject().value(QStringLiteral("id")).toString();
        const HubSpotRecord *record =
            idProperty.isEmpty() ? store.find(id.toLongLong()) : store.findBy(idProperty, id);
        if (record)
            results.append(recordJson(store, *record, properties));
        else
            missing.append(id);
    }
    QJsonArray errors;
    if (!missing.isEmpty()) {
        errors.append(
            batchError(QStringLiteral("OBJECT_NOT_FOUND"),
                       QStringLiteral("Could not get some %1 objects, they may be deleted or not exist. "
                                      "Check that ids are valid.")
                           .arg(store.singular),
                       {{QStringLiteral("ids"), missing}}));
    }
    return withErrors(200, batchEnvelope(results, started), errors);
}

HttpResponse HubSpotSimulator::batchUpdate(HubSpotObjectStore &store, const QJsonArray &inputs) {
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QJsonArray results;
    QJsonArray missing;
    for (const QJsonValue &value : inputs) {
        const QJsonObject input = value.toObject();
        const QString id = input.value(QStringLiteral("id")).toString();
        const QString idProperty = input.value(QStringLiteral("idProperty")).toString();
        HubSpotRecord *record =
            idProperty.isEmpty() ? store.find(id.toLongLong()) : store.findBy(idProperty, id);
        if (!record) {
            missing.append(id);
            continue;
        }
        QString badName;
        const auto properties = readProperties(store, input.value(QStringLiteral("properties")), &badName);
        if (!properties)
            return hubspotPropertyError(badName);
        updateRecord(*record, *properties);
        results.append(recordJson(store, *record, allProperties(*record)));
    }
    QJsonArray errors;
    if (!missing.isEmpty()) {
        errors.append(
            batchError(QStringLiteral("OBJECT_NOT_FOUND"),
                       QStringLiteral("Could not get some %1 objects, they may be deleted or not exist. "
                                      "Check that ids are valid.")
                           .arg(store.singular),
                       {{QStringLiteral("ids"), missing}}));
    }
    return withErrors(200, batchEnvelope(results, started), errors);
}

HttpResponse HubSpotSimulator::batchUpsert(const HttpRequest &request, HubSpotObjectStore &store,
                                           const QJsonArray &inputs) {
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const bool contacts = &store == &m_contacts;
    // Companies may name idProperty in the query as well as per input (the spec says both).
    const QString queryIdProperty =
        request.query.queryItemValue(QStringLiteral("idProperty"), QUrl::FullyDecoded);
    struct Planned {
        QString idProperty;
        QString id;
        QMap<QString, QString> properties;
    };
    QList<Planned> planned;
    QStringList seen;
    QStringList duplicates;
    for (const QJsonValue &value : inputs) {
        const QJsonObject input = value.toObject();
        Planned item;
        item.idProperty = input.value(QStringLiteral("idProperty")).toString(queryIdProperty);
        item.id = input.value(QStringLiteral("id")).toString();
        // Unique properties: email for contacts; a company's domain only where the portal made it
        // unique (config companyDomainUnique), otherwise a real portal needs a custom property.
        const bool unique =
            item.idProperty == QLatin1String("hs_object_id") ||
            (contacts && item.idProperty == QLatin1String("email")) ||
            (!contacts && item.idProperty == QLatin1String("domain") && m_config.companyDomainUnique);
        if (!unique) {
            return hubspotError(400, QStringLiteral("VALIDATION_ERROR"),
                                QStringLiteral("Unable to perform update/upsert by non-unique %1 property %2")
                                    .arg(store.typeId, item.idProperty.isEmpty() ? QStringLiteral("(none)")
                                                                                 : item.idProperty));
        }
        if (item.id.isEmpty()) {
            return hubspotError(400, QStringLiteral("VALIDATION_ERROR"),
                                QStringLiteral("Each upsert input needs an id"));
        }
        const QString key = item.id.toLower();
        if (seen.contains(key))
            duplicates.append(item.id);
        seen.append(key);
        QString badName;
        const auto properties = readProperties(store, input.value(QStringLiteral("properties")), &badName);
        if (!properties)
            return hubspotPropertyError(badName); // no partial upserts by email: the whole request fails
        item.properties = *properties;
        planned.append(item);
    }
    if (!duplicates.isEmpty()) {
        QJsonArray ids;
        for (const QString &id : std::as_const(duplicates))
            ids.append(id);
        return hubspotError(400, QStringLiteral("VALIDATION_ERROR"),
                            QStringLiteral("Duplicate IDs found in batch input: %1. IDs must be unique")
                                .arg(joined(duplicates)),
                            {{QStringLiteral("context"), QJsonObject{{QStringLiteral("ids"), ids}}}});
    }
    QJsonArray results;
    for (Planned &item : planned) {
        HubSpotRecord *record = store.findBy(item.idProperty, item.id);
        const bool created = record == nullptr;
        if (created) {
            if (item.idProperty != QLatin1String("hs_object_id"))
                item.properties.insert(item.idProperty, item.id);
            record = &createRecord(store, item.properties);
        } else {
            updateRecord(*record, item.properties);
        }
        QJsonObject object = recordJson(store, *record, allProperties(*record));
        object.insert(QStringLiteral("new"), created);
        results.append(object);
    }
    return hubspotJson(200, batchEnvelope(results, started));
}

HttpResponse HubSpotSimulator::batchArchive(HubSpotObjectStore &store, const QJsonArray &inputs) {
    for (const QJsonValue &value : inputs) {
        if (HubSpotRecord *record =
                store.find(value.toObject().value(QStringLiteral("id")).toString().toLongLong())) {
            record->archived = true;
            store.reindex(*record, record->properties.value(store.indexedProperty));
        }
    }
    return HttpResponse::noContent();
}

} // namespace prospector::sandbox

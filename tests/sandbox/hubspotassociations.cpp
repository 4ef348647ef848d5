// HubSpot v4 associations between contacts and companies (CONTRACTS.md 1.4.12). Pairs are stored
// once, in the contact -> company direction (279 unlabelled, 1 primary); the reverse direction
// (280, 2) is derived.
#include "hubspotsimulator.h"

#include <QJsonDocument>

namespace prospector::sandbox {

namespace {

constexpr int kContactToCompany = 279;
constexpr int kCompanyToContact = 280;
constexpr int kPrimaryContactToCompany = 1;
constexpr int kPrimaryCompanyToContact = 2;

// A type ID seen from the company side, turned into the contact -> company one.
int toContactDirection(int typeId) {
    if (typeId == kCompanyToContact)
        return kContactToCompany;
    if (typeId == kPrimaryCompanyToContact)
        return kPrimaryContactToCompany;
    return typeId;
}

int fromContactDirection(int typeId) {
    if (typeId == kContactToCompany)
        return kCompanyToContact;
    if (typeId == kPrimaryContactToCompany)
        return kPrimaryCompanyToContact;
    return typeId;
}

QJsonObject spec(int typeId) {
    return {{QStringLiteral("associationCategory"), QStringLiteral("HUBSPOT_DEFINED")},
            {QStringLiteral("associationTypeId"), typeId}};
}

} // namespace

bool HubSpotSimulator::linkPair(const QString &from, qint64 fromId, const QString &to, qint64 toId,
                                int typeId, QString *error) {
    HubSpotObjectStore *fromStore = storeFor(from);
    HubSpotObjectStore *toStore = storeFor(to);
    if (!fromStore || !toStore || fromStore == toStore) {
        *error = QStringLiteral("The sandbox associates contacts with companies only");
        return false;
    }
    if (!fromStore->find(fromId) || !toStore->find(toId)) {
        *error = QStringLiteral("No %1 with ID %2")
                     .arg(fromStore->find(fromId) ? toStore->singular : fromStore->singular)
                     .arg(fromStore->find(fromId) ? toId : fromId);
        return false;
    }
    const bool fromContact = fromStore == &m_contacts;
    const int contactTypeId = fromContact ? typeId : toContactDirection(typeId);
    if (contactTypeId != kContactToCompany && contactTypeId != kPrimaryContactToCompany) {
        *error = QStringLiteral("association type %1 is not valid for %2 to %3").arg(typeId).arg(from, to);
        return false;
    }
    const QPair<qint64, qint64> key = fromContact ? qMakePair(fromId, toId) : qMakePair(toId, fromId);
    m_associations[key].insert(contactTypeId);
    return true;
}

HttpResponse HubSpotSimulator::associationsV4(const HttpRequest &request, const QStringList &s) {
    const QByteArray &method = request.method;
    if (s.size() >= 5 && s.at(0) == QLatin1String("objects") && s.at(3) == QLatin1String("associations")) {
        if (s.size() == 7 && s.at(4) == QLatin1String("default") && method == "PUT")
            return associateDefault(s.at(1), s.at(2), s.at(5), s.at(6));
        if (s.size() == 6 && method == "PUT")
            return associateLabelled(s.at(1), s.at(2), s.at(4), s.at(5),
                                     QJsonDocument::fromJson(request.body).array());
        if (s.size() == 6 && method == "DELETE") {
            HubSpotObjectStore *fromStore = storeFor(s.at(1));
            const bool fromContact = fromStore == &m_contacts;
            const qint64 fromId = s.at(2).toLongLong();
            const qint64 toId = s.at(5).toLongLong();
            m_associations.remove(fromContact ? qMakePair(fromId, toId) : qMakePair(toId, fromId));
            return HttpResponse::noContent();
        }
        if (s.size() == 5 && method == "GET")
            return listAssociations(request, s.at(1), s.at(2), s.at(4));
    }
    if (s.size() >= 5 && s.at(0) == QLatin1String("associations") && s.at(3) == QLatin1String("batch") &&
        method == "POST") {
        if (s.size() == 6 && s.at(4) == QLatin1String("associate") && s.at(5) == QLatin1String("default"))
            return batchAssociate(request, s.at(1), s.at(2), false);
        if (s.size() == 5 && s.at(4) == QLatin1String("create"))
            return batchAssociate(request, s.at(1), s.at(2), true);
        if (s.size() == 5 && s.at(4) == QLatin1String("read"))
            return batchReadAssociations(request, s.at(1), s.at(2));
    }
    return hubspotError(404, QStringLiteral("OBJECT_NOT_FOUND"),
                        QStringLiteral("Unknown associations route"));
}

HttpResponse HubSpotSimulator::associateDefault(const QString &from, const QString &fromId, const QString &to,
                                                const QString &toId) {
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QString error;
    const int typeId = storeFor(from) == &m_contacts ? kContactToCompany : kCompanyToContact;
    if (!linkPair(from, fromId.toLongLong(), to, toId.toLongLong(), typeId, &error))
        return hubspotError(400, QStringLiteral("VALIDATION_ERROR"), error);
    const QJsonObject result{{QStringLiteral("from"), QJsonObject{{QStringLiteral("id"), fromId}}},
                             {QStringLiteral("to"), QJsonObject{{QStringLiteral("id"), toId}}},
                             {QStringLiteral("associationSpec"), spec(typeId)}};
    return hubspotJson(200, batchEnvelope(QJsonArray{result}, started));
}

HttpResponse HubSpotSimulator::associateLabelled(const QString &from, const QString &fromId,
                                                 const QString &to, const QString &toId,
                                                 const QJsonArray &types) {
    if (types.isEmpty())
        return hubspotError(400, QStringLiteral("VALIDATION_ERROR"),
                            QStringLiteral("At least one association type is required"));
    QString error;
    for (const QJsonValue &type : types) {
        if (!linkPair(from, fromId.toLongLong(), to, toId.toLongLong(),
                      type.toObject().value(QStringLiteral("associationTypeId")).toInt(), &error))
            return hubspotError(400, QStringLiteral("VALIDATION_ERROR"), error);
    }
    const HubSpotObjectStore *fromStore = storeFor(from);
    const HubSpotObjectStore *toStore = storeFor(to);
    return hubspotJson(201, {{QStringLiteral("fromObjectTypeId"), fromStore->typeId},
                             {QStringLiteral("fromObjectId"), fromId},
                             {QStringLiteral("toObjectTypeId"), toStore->typeId},
                             {QStringLiteral("toObjectId"), toId},
                             {QStringLiteral("labels"), QJsonArray{}}});
}

HttpResponse HubSpotSimulator::listAssociations(const HttpRequest &request, const QString &from,
                                                const QString &fromId, const QString &to) {
    HubSpotObjectStore *fromStore = storeFor(from);
    HubSpotObjectStore *toStore = storeFor(to);
    if (!fromStore || !toStore)
        return hubspotError(400, QStringLiteral("VALIDATION_ERROR"), QStringLiteral("Unknown object type"));
    const bool fromContact = fromStore == &m_contacts;
    const qint64 id = fromId.toLongLong();
    const int limit = std::clamp(request.query.queryItemValue(QStringLiteral("limit")).toInt(), 0, 500);
    const qint64 after = request.query.queryItemValue(QStringLiteral("after")).toLongLong();
    QJsonArray results;
    qint64 next = 0;
    for (auto it = m_associations.cbegin(); it != m_associations.cend(); ++it) {
        if ((fromContact ? it.key().first : it.key().second) != id)
            continue;
        const qint64 otherId = fromContact ? it.key().second : it.key().first;
        if (otherId < after)
            continue;
        if (results.size() == (limit > 0 ? limit : 500)) {
            next = otherId;
            break;
        }
        QJsonArray types;
        for (int typeId : it.value()) {
            const int seen = fromContact ? typeId : fromContactDirection(typeId);
            const bool primary = seen == kPrimaryContactToCompany || seen == kPrimaryCompanyToContact;
            types.append(QJsonObject{
                {QStringLiteral("category"), QStringLiteral("HUBSPOT_DEFINED")},
                {QStringLiteral("typeId"), seen},
                {QStringLiteral("label"), primary ? QJsonValue(QStringLiteral("Primary")) : QJsonValue()}});
        }
        results.append(QJsonObject{{QStringLiteral("toObjectId"), otherId},
                                   {QStringLiteral("associationTypes"), types}});
    }
    QJsonObject body{{QStringLiteral("results"), results}};
    if (next > 0) {
        body.insert(QStringLiteral("paging"),
                    QJsonObject{{QStringLiteral("next"),
                                 QJsonObject{{QStringLiteral("after"), QString::number(next)}}}});
    }
    return hubspotJson(200, body);
}

HttpResponse HubSpotSimulator::batchAssociate(const HttpRequest &request, const QString &from,
                                              const QString &to, bool labelled) {
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const QJsonArray inputs =
        QJsonDocument::fromJson(request.body).object().value(QStringLiteral("inputs")).toArray();
    if (inputs.size() > m_config.batchLimit) {
        return hubspotError(400, QStringLiteral("VALIDATION_ERROR"),
                            QStringLiteral("Batch input limit exceeded: %1 inputs were sent, the limit is %2")
                                .arg(inputs.size())
                                .arg(m_config.batchLimit));
    }
    const int defaultType = storeFor(from) == &m_contacts ? kContactToCompany : kCompanyToContact;
    QJsonArray results;
    QJsonArray errors;
    for (const QJsonValue &value : inputs) {
        const QJsonObject input = value.toObject();
        const QString fromId =
            input.value(QStringLiteral("from")).toObject().value(QStringLiteral("id")).toString();
        const QString toId =
            input.value(QStringLiteral("to")).toObject().value(QStringLiteral("id")).toString();
        QList<int> types;
        for (const QJsonValue &type : input.value(QStringLiteral("types")).toArray())
            types.append(type.toObject().value(QStringLiteral("associationTypeId")).toInt());
        if (!labelled || types.isEmpty())
            types = {defaultType};
        QString error;
        bool ok = true;
        for (int typeId : std::as_const(types))
            ok = ok && linkPair(from, fromId.toLongLong(), to, toId.toLongLong(), typeId, &error);
        if (!ok) {
            errors.append(QJsonObject{
                {QStringLiteral("status"), QStringLiteral("error")},
                {QStringLiteral("category"), QStringLiteral("VALIDATION_ERROR")},
                {QStringLiteral("message"), error},
                {QStringLiteral("context"), QJsonObject{{QStringLiteral("fromId"), QJsonArray{fromId}},
                                                        {QStringLiteral("toId"), QJsonArray{toId}}}}});
            continue;
        }
        for (int typeId : std::as_const(types)) {
            results.append(QJsonObject{{QStringLiteral("from"), QJsonObject{{QStringLiteral("id"), fromId}}},
                                       {QStringLiteral("to"), QJsonObject{{QStringLiteral("id"), toId}}},
                                       {QStringLiteral("associationSpec"), spec(typeId)}});
        }
    }
    QJsonObject envelope = batchEnvelope(results, started);
    if (!errors.isEmpty()) {
        envelope.insert(QStringLiteral("numErrors"), errors.size());
        envelope.insert(QStringLiteral("errors"), errors);
        return hubspotJson(207, envelope);
    }
    return hubspotJson(labelled ? 201 : 200, envelope);
}

// POST /crm/v4/associations/{from}/{to}/batch/read (CONTRACTS.md 1.4.12 h): at most 1,000
// inputs; every existing "from" record comes back with its (possibly empty) list, unknown ids as
// a 207 OBJECT_NOT_FOUND error.
HttpResponse HubSpotSimulator::batchReadAssociations(const HttpRequest &request, const QString &from,
                                                     const QString &to) {
    const QDateTime started = QDateTime::currentDateTimeUtc();
    HubSpotObjectStore *fromStore = storeFor(from);
    HubSpotObjectStore *toStore = storeFor(to);
    if (!fromStore || !toStore || fromStore == toStore)
        return hubspotError(400, QStringLiteral("VALIDATION_ERROR"), QStringLiteral("Unknown object type"));
    const QJsonArray inputs =
        QJsonDocument::fromJson(request.body).object().value(QStringLiteral("inputs")).toArray();
    if (inputs.size() > 1000) {
        return hubspotError(
            400, QStringLiteral("VALIDATION_ERROR"),
            QStringLiteral("Batch input limit exceeded: %1 inputs were sent, the limit is 1000")
                .arg(inputs.size()));
    }
    const bool fromContact = fromStore == &m_contacts;
    QJsonArray results;
    QJsonArray missing;
    for (const QJsonValue &value : inputs) {
        const QString id = value.toObject().value(QStringLiteral("id")).toString();
        if (!fromStore->find(id.toLongLong())) {
            missing.append(id);
            continue;
        }
        QJsonArray targets;
        for (auto it = m_associations.cbegin(); it != m_associations.cend(); ++it) {
            if ((fromContact ? it.key().first : it.key().second) != id.toLongLong())
                continue;
            QJsonArray types;
            for (int typeId : it.value())
                types.append(QJsonObject{
                    {QStringLiteral("category"), QStringLiteral("HUBSPOT_DEFINED")},
                    {QStringLiteral("typeId"), fromContact ? typeId : fromContactDirection(typeId)}});
            targets.append(QJsonObject{{QStringLiteral("toObjectId"),
                                        QString::number(fromContact ? it.key().second : it.key().first)},
                                       {QStringLiteral("associationTypes"), types}});
        }
        results.append(QJsonObject{{QStringLiteral("from"), QJsonObject{{QStringLiteral("id"), id}}},
                                   {QStringLiteral("to"), targets}});
    }
    QJsonObject envelope = batchEnvelope(results, started);
    if (!missing.isEmpty()) {
        envelope.insert(QStringLiteral("numErrors"), 1);
        envelope.insert(QStringLiteral("errors"),
                        QJsonArray{QJsonObject{
                            {QStringLiteral("status"), QStringLiteral("error")},
                            {QStringLiteral("category"), QStringLiteral("OBJECT_NOT_FOUND")},
                            {QStringLiteral("message"),
                             QStringLiteral("Could not get some %1 objects").arg(fromStore->singular)},
                            {QStringLiteral("context"), QJsonObject{{QStringLiteral("ids"), missing}}}}});
        return hubspotJson(207, envelope);
    }
    return hubspotJson(200, envelope);
}

} // namespace prospector::sandbox

// lemlist leads: add to a campaign (both path forms, duplicate messages), read, update, pause/start,
// unsubscribe from a campaign, and the team-wide unsubscribe lists (CONTRACTS.md 2.4.3-2.4.7).
#include "lemlistsimulator.h"

#include <QJsonDocument>

namespace prospector::sandbox {

namespace {

bool sameEmail(const QString &a, const QString &b) {
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

LemlistLead *LemlistSimulator::findLead(const QString &campaignId, const QString &idOrEmail) {
    for (LemlistLead &lead : m_leads) {
        if ((campaignId.isEmpty() || lead.campaignId == campaignId) &&
            (lead.id == idOrEmail || sameEmail(lead.email, idOrEmail)))
            return &lead;
    }
    return nullptr;
}

QList<LemlistLead> LemlistSimulator::leadsFor(const QString &email) const {
    QList<LemlistLead> found;
    for (const LemlistLead &lead : m_leads) {
        if (sameEmail(lead.email, email))
            found.append(lead);
    }
    return found;
}

LemlistLead &LemlistSimulator::createLead(const LemlistCampaign &campaign, const QString &email) {
    LemlistLead lead;
    lead.id = lemlistId("lea_");
    const QString key = email.toLower();
    if (!m_contactIds.contains(key))
        m_contactIds.insert(key, lemlistId("ctc_"));
    lead.contactId = m_contactIds.value(key);
    lead.campaignId = campaign.id;
    lead.email = email;
    lead.createdAt = QDateTime::currentDateTimeUtc();
    m_leads.append(lead);
    return m_leads.last();
}

QJsonObject LemlistSimulator::leadJson(const LemlistLead &lead) const {
    QJsonObject object;
    for (auto it = lead.variables.cbegin(); it != lead.variables.cend(); ++it)
        object.insert(it.key(), it.value());
    const LemlistCampaign *owner = campaign(lead.campaignId);
    object.insert(QStringLiteral("email"), lead.email);
    object.insert(QStringLiteral("_id"), lead.id);
    object.insert(QStringLiteral("isPaused"), lead.isPaused);
    object.insert(QStringLiteral("campaignId"), lead.campaignId);
    object.insert(QStringLiteral("campaignName"), owner ? owner->name : QString());
    object.insert(QStringLiteral("contactId"), lead.contactId);
    object.insert(QStringLiteral("emailStatus"), QStringLiteral("deliverable"));
    const QString leadUrl = QStringLiteral("https://api.lemlist.com/api/leads/") +
                            QString::fromLatin1(QUrl::toPercentEncoding(lead.email));
    object.insert(QStringLiteral("leadUrl"), leadUrl);
    return object;
}

// The per-campaign entry of GET /leads/{email} (version v2).
QJsonObject LemlistSimulator::leadEntryJson(const LemlistLead &lead) const {
    QJsonObject variables{{QStringLiteral("email"), lead.email}};
    for (auto it = lead.variables.cbegin(); it != lead.variables.cend(); ++it)
        variables.insert(it.key(), it.value());
    const LemlistCampaign *owner = campaign(lead.campaignId);
    return {{QStringLiteral("_id"), lead.id},
            {QStringLiteral("updatedAt"), lead.createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("isPaused"), lead.isPaused},
            {QStringLiteral("state"), lead.state},
            {QStringLiteral("status"),
             lead.unsubscribed ? QStringLiteral("unsubscribed")
                               : (lead.isPaused ? QStringLiteral("paused") : QStringLiteral("review"))},
            {QStringLiteral("personalized"), false},
            {QStringLiteral("source"), QStringLiteral("api")},
            {QStringLiteral("variables"), variables},
            {QStringLiteral("contactId"), lead.contactId},
            {QStringLiteral("enrichment"),
             QJsonObject{{QStringLiteral("emailStatus"), QStringLiteral("deliverable")}}},
            {QStringLiteral("campaign"),
             QJsonObject{{QStringLiteral("id"), lead.campaignId},
                         {QStringLiteral("name"), owner ? owner->name : QString()},
                         {QStringLiteral("status"), owner ? owner->status : QString()}}},
            {QStringLiteral("sendingUser"), QJsonObject{}}};
}

HttpResponse LemlistSimulator::campaignLeads(const HttpRequest &request, const LemlistCampaign &owner,
                                             const QStringList &rest) {
    const QByteArray &method = request.method;
    if (method == "POST" && rest.size() <= 1)
        return addLead(request, owner, rest.isEmpty() ? QString() : rest.at(0));
    if (method == "GET" && rest.isEmpty()) {
        const int limit =
            request.query.hasQueryItem(QStringLiteral("limit"))
                ? std::clamp(request.query.queryItemValue(QStringLiteral("limit")).toInt(), 1, 500)
                : 100;
        const QString state = request.query.queryItemValue(QStringLiteral("state"));
        QJsonArray leads;
        for (const LemlistLead &lead : std::as_const(m_leads)) {
            if (lead.campaignId == owner.id && (state.isEmpty() || lead.state == state) &&
                leads.size() < limit)
                leads.append(QJsonObject{{QStringLiteral("_id"), lead.id},
                                         {QStringLiteral("contactId"), lead.contactId},
                                         {QStringLiteral("state"), lead.state}});
        }
        return lemlistJson(200, leads);
    }
    if (rest.isEmpty())
        return HttpResponse::text(404, "An email is required to unsub a lead");
    if (method == "POST" && rest.size() == 2 &&
        (rest.at(1) == QLatin1String("interested") || rest.at(1) == QLatin1String("notinterested")))
        return markInterest(owner.id, rest.at(0), rest.at(1) == QLatin1String("interested"));
    LemlistLead *lead = findLead(owner.id, rest.at(0));
    if (!lead)
        return HttpResponse::text(404, "Lead not found");
    if (method == "PATCH" && rest.size() == 1) {
        if (lead->unsubscribed)
            return HttpResponse::text(500, "Lead in graveyard");
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (body.isEmpty())
            return HttpResponse::text(400, "Bad params: body is mandatory");
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.key() != QLatin1String("email"))
                lead->variables.insert(it.key(), it.value().toString());
        }
        return lemlistJson(200, leadJson(*lead));
    }
    if (method == "DELETE" && rest.size() == 1) {
        const QJsonObject answer{{QStringLiteral("email"), lead->email},
                                 {QStringLiteral("_id"), lead->id},
                                 {QStringLiteral("isPaused"), lead->isPaused},
                                 {QStringLiteral("campaignId"), lead->campaignId},
                                 {QStringLiteral("contactId"), lead->contactId}};
        if (request.query.queryItemValue(QStringLiteral("action")) == QLatin1String("remove")) {
            const QString id = lead->id;
            m_leads.removeIf([&id](const LemlistLead &item) { return item.id == id; });
            return lemlistJson(200, answer);
        }
        // Unsubscribing stops the lead in every campaign it is in (2024 docs); doing it twice is safe.
        const QString email = lead->email;
        for (LemlistLead &item : m_leads) {
            if (sameEmail(item.email, email)) {
                item.unsubscribed = true;
                item.state = QStringLiteral("emailsUnsubscribed");
            }
        }
        return lemlistJson(200, answer);
    }
    return HttpResponse::text(405, "Method not allowed");
}

HttpResponse LemlistSimulator::addLead(const HttpRequest &request, const LemlistCampaign &owner,
                                       const QString &pathEmail) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!request.body.trimmed().isEmpty() &&
        (parseError.error != QJsonParseError::NoError || !document.isObject()))
        return HttpResponse::text(400, "Bad params: invalid JSON body");
    const QJsonObject body = document.object();
    const QString email =
        (pathEmail.isEmpty() ? body.value(QStringLiteral("email")).toString() : pathEmail).trimmed();
    if (email.isEmpty() || !email.contains(QLatin1Char('@')))
        return HttpResponse::text(400, "Bad params: email is required");
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!it.value().isString() && !it.value().isNull())
            return HttpResponse::text(400, "Bad params: " + it.key().toUtf8() + " must be a string");
    }
    // lemlist changed these statuses over time; clients must match on the message.
    if (findLead(owner.id, email))
        return HttpResponse::text(400, "Lead already in the campaign");
    const bool deduplicate =
        request.query.queryItemValue(QStringLiteral("deduplicate")) == QLatin1String("true");
    if (deduplicate && !leadsFor(email).isEmpty())
        return HttpResponse::text(m_config.otherCampaignStatus, "Lead already in other campaign");
    LemlistLead &lead = createLead(owner, email);
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("email") && it.value().isString())
            lead.variables.insert(it.key(), it.value().toString());
    }
    return lemlistJson(200, leadJson(lead));
}

HttpResponse LemlistSimulator::getLeads(const HttpRequest &request, const QStringList &rest) {
    const QByteArray &method = request.method;
    if (method == "POST" && rest.size() == 2 &&
        (rest.at(0) == QLatin1String("pause") || rest.at(0) == QLatin1String("start")))
        return pauseOrStart(request, rest.at(1), rest.at(0) == QLatin1String("pause"));
    if (method == "POST" && rest.size() == 2 &&
        (rest.at(0) == QLatin1String("interested") || rest.at(0) == QLatin1String("notinterested")))
        return markInterest({}, rest.at(1), rest.at(0) == QLatin1String("interested"));
    if (method != "GET")
        return HttpResponse::text(405, "Method not allowed");
    if (rest.isEmpty()) {
        // GET /leads?email=... or ?id=... -> a single object
        const QString email = request.query.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded);
        const QString id = request.query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
        LemlistLead *lead = findLead({}, id.isEmpty() ? email : id);
        if (!lead || (email.isEmpty() && id.isEmpty()))
            return HttpResponse::text(404, "Lead not found");
        return lemlistJson(200, leadJson(*lead));
    }
    const QString campaignId = request.query.queryItemValue(QStringLiteral("campaignId"));
    if (!campaignId.isEmpty()) {
        LemlistLead *lead = findLead(campaignId, rest.at(0));
        return lead ? lemlistJson(200, leadJson(*lead)) : HttpResponse::text(404, "Lead not found");
    }
    QJsonArray entries;
    for (const LemlistLead &lead : std::as_const(m_leads)) {
        if (sameEmail(lead.email, rest.at(0)) || lead.id == rest.at(0))
            entries.append(leadEntryJson(lead));
    }
    if (entries.isEmpty())
        return HttpResponse::text(404, "Lead not found");
    return lemlistJson(200, entries);
}

HttpResponse LemlistSimulator::pauseOrStart(const HttpRequest &request, const QString &leadIdOrEmail,
                                            bool pause) {
    const QString campaignId = request.query.queryItemValue(QStringLiteral("campaignId"));
    QJsonArray changed;
    for (LemlistLead &lead : m_leads) {
        if ((campaignId.isEmpty() || lead.campaignId == campaignId) &&
            (lead.id == leadIdOrEmail || sameEmail(lead.email, leadIdOrEmail))) {
            lead.isPaused = pause;
            changed.append(leadJson(lead));
        }
    }
    if (changed.isEmpty())
        return HttpResponse::text(404, "Lead not found");
    return lemlistJson(200, changed);
}

HttpResponse LemlistSimulator::markInterest(const QString &campaignId, const QString &leadIdOrEmail,
                                            bool interested) {
    QJsonArray changed;
    for (LemlistLead &lead : m_leads) {
        if ((campaignId.isEmpty() || lead.campaignId == campaignId) &&
            (lead.id == leadIdOrEmail || sameEmail(lead.email, leadIdOrEmail))) {
            lead.state = interested ? QStringLiteral("interested") : QStringLiteral("notInterested");
            changed.append(leadJson(lead));
        }
    }
    if (changed.isEmpty())
        return HttpResponse::text(404, "Lead not found");
    return lemlistJson(200, changed);
}

LemlistUnsubscribe &LemlistSimulator::unsubscribe(const QString &value, const QString &source,
                                                  bool *already) {
    for (LemlistUnsubscribe &entry : m_unsubscribes) {
        if (sameEmail(entry.value, value)) {
            *already = true;
            return entry;
        }
    }
    *already = false;
    m_unsubscribes.append({lemlistId("uns_"), value, source, QDateTime::currentDateTimeUtc()});
    return m_unsubscribes.last();
}

bool LemlistSimulator::isUnsubscribed(const QString &value) const {
    return std::any_of(m_unsubscribes.cbegin(), m_unsubscribes.cend(),
                       [&value](const LemlistUnsubscribe &entry) { return sameEmail(entry.value, value); });
}

HttpResponse LemlistSimulator::unsubscribes(const HttpRequest &request, const QStringList &rest, bool v2) {
    const QByteArray &method = request.method;
    auto entryJson = [v2](const LemlistUnsubscribe &entry) {
        QJsonObject object{{QStringLiteral("_id"), entry.id}, {QStringLiteral("value"), entry.value}};
        object.insert(v2 ? QStringLiteral("variable") : QStringLiteral("email"), entry.value);
        if (v2)
            object.insert(QStringLiteral("source"), entry.source);
        return object;
    };
    if (rest.isEmpty() && method == "GET") {
        const int offset = std::max(0, request.query.queryItemValue(QStringLiteral("offset")).toInt());
        const int limit =
            request.query.hasQueryItem(QStringLiteral("limit"))
                ? std::clamp(request.query.queryItemValue(QStringLiteral("limit")).toInt(), 1, 100)
                : 100;
        QJsonArray list;
        for (qsizetype i = offset; i < m_unsubscribes.size() && list.size() < limit; ++i) {
            const LemlistUnsubscribe &entry = m_unsubscribes.at(i);
            list.append(
                QJsonObject{{QStringLiteral("_id"), entry.id},
                            {QStringLiteral("createdAt"), entry.createdAt.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("value"), entry.value},
                            {QStringLiteral("source"), entry.source}});
        }
        return lemlistJson(200, list);
    }
    if (rest.size() != 1)
        return HttpResponse::text(404, "Not found");
    const QString value = rest.at(0);
    const char *missing = v2 ? "Variable not found" : "Unsubscribe not found";
    if (method == "POST") {
        bool already = false;
        const LemlistUnsubscribe &entry = unsubscribe(value, QStringLiteral("api"), &already);
        QJsonObject object = entryJson(entry);
        if (already && !v2)
            object.insert(QStringLiteral("alreadyUnsubscribed"), true);
        return lemlistJson(200, object);
    }
    for (qsizetype i = 0; i < m_unsubscribes.size(); ++i) {
        if (!sameEmail(m_unsubscribes.at(i).value, value))
            continue;
        const QJsonObject object = entryJson(m_unsubscribes.at(i));
        if (method == "DELETE") {
            const QString source = m_unsubscribes.at(i).source;
            if (v2 && (source == QLatin1String("lead") || source == QLatin1String("abuse")))
                return HttpResponse::text(400, "Bad params: this variable cannot be re-subscribed");
            m_unsubscribes.removeAt(i);
        }
        return lemlistJson(200, object);
    }
    return HttpResponse::text(404, missing);
}

} // namespace prospector::sandbox

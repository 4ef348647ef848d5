// lemlist activities: GET /activities?version=v2 (newest first, offset/limit <= 100, filters) and
// the test-side injection of replies, opens, bounces and unsubscribes (CONTRACTS.md 2.4.8).
#include "lemlistsimulator.h"

#include <QJsonDocument>

namespace prospector::sandbox {

namespace {

// minDate/maxDate: Unix seconds or ISO 8601.
QDateTime parseDate(const QString &text) {
    bool numeric = false;
    const qint64 seconds = text.toLongLong(&numeric);
    if (numeric)
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

QString LemlistSimulator::addActivity(const QString &type, const QString &email, const QString &campaignId,
                                      const QDateTime &createdAt, const QJsonObject &extra) {
    LemlistLead *lead = findLead(campaignId, email);
    if (!lead) {
        const LemlistCampaign *owner = campaign(campaignId);
        LemlistCampaign placeholder;
        if (!owner) {
            placeholder.id = campaignId;
            owner = &placeholder;
        }
        lead = &createLead(*owner, email);
    }
    LemlistActivity activity;
    activity.id = lemlistId("act_");
    activity.type = type;
    activity.createdAt = createdAt.isValid() ? createdAt.toUTC() : QDateTime::currentDateTimeUtc();
    activity.leadId = lead->id;
    activity.campaignId = lead->campaignId;
    activity.email = lead->email;
    activity.extra = extra;
    // Side effects the app must observe through the feed.
    if (type == QLatin1String("emailsUnsubscribed")) {
        lead->unsubscribed = true;
        bool already = false;
        unsubscribe(lead->email, QStringLiteral("lead"), &already);
    } else if (type == QLatin1String("paused")) {
        lead->isPaused = true;
    }
    if (type.startsWith(QLatin1String("emails")) || type.startsWith(QLatin1String("linkedin")))
        lead->state = type;
    m_activities.append(activity);
    return activity.id;
}

QJsonObject LemlistSimulator::activityJson(const LemlistActivity &activity) const {
    const LemlistCampaign *owner = campaign(activity.campaignId);
    QString firstName;
    QString lastName;
    QString companyName;
    QString contactId;
    bool paused = false;
    QString state;
    for (const LemlistLead &lead : m_leads) {
        if (lead.id == activity.leadId) {
            firstName = lead.variables.value(QStringLiteral("firstName"));
            lastName = lead.variables.value(QStringLiteral("lastName"));
            companyName = lead.variables.value(QStringLiteral("companyName"));
            contactId = lead.contactId;
            paused = lead.isPaused;
            state = lead.state;
        }
    }
    QJsonObject object{
        {QStringLiteral("_id"), activity.id},
        {QStringLiteral("type"), activity.type},
        {QStringLiteral("isFirst"), false},
        {QStringLiteral("createdAt"), activity.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("bot"), false},
        {QStringLiteral("teamId"), kLemlistTeamId},
        {QStringLiteral("leadId"), activity.leadId},
        {QStringLiteral("campaignId"), activity.campaignId},
        {QStringLiteral("campaignName"), owner ? owner->name : QString()},
        {QStringLiteral("sequenceStep"), 1},
        {QStringLiteral("leadFirstName"), firstName},
        {QStringLiteral("leadLastName"), lastName},
        {QStringLiteral("leadEmail"), activity.email},
        {QStringLiteral("leadCompanyName"), companyName},
        {QStringLiteral("contactId"), contactId},
        {QStringLiteral("lead"),
         QJsonObject{{QStringLiteral("_id"), activity.leadId},
                     {QStringLiteral("isPaused"), paused},
                     {QStringLiteral("state"), state},
                     {QStringLiteral("source"), QStringLiteral("api")},
                     {QStringLiteral("variables"), QJsonObject{{QStringLiteral("email"), activity.email}}},
                     {QStringLiteral("contactId"), contactId},
                     {QStringLiteral("enrichment"), QJsonObject{}}}}};
    for (auto it = activity.extra.begin(); it != activity.extra.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

HttpResponse LemlistSimulator::listActivities(const HttpRequest &request) {
    const QUrlQuery &query = request.query;
    if (query.queryItemValue(QStringLiteral("version")) != QLatin1String("v2"))
        return HttpResponse::text(400, "Bad params: version must be v2");
    const int offset = std::max(0, query.queryItemValue(QStringLiteral("offset")).toInt());
    int limit = 100;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        limit = query.queryItemValue(QStringLiteral("limit")).toInt();
        if (limit < 1 || limit > 100)
            return HttpResponse::text(400, "Bad params: limit must be between 1 and 100");
    }
    const QString type = query.queryItemValue(QStringLiteral("type"));
    const QString campaignId = query.queryItemValue(QStringLiteral("campaignId"));
    const QString leadId = query.queryItemValue(QStringLiteral("leadId"));
    auto dateParameter = [&query](const char *name, const char *alias) {
        const QString text = query.hasQueryItem(QLatin1String(name))
                                 ? query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded)
                                 : query.queryItemValue(QLatin1String(alias), QUrl::FullyDecoded);
        return text.isEmpty() ? QDateTime() : parseDate(text);
    };
    const QDateTime minDate = dateParameter("minDate", "startDate");
    const QDateTime maxDate = dateParameter("maxDate", "endDate");
    if (minDate.isValid() && maxDate.isValid() && maxDate <= minDate)
        return HttpResponse::text(400, "Bad params: maxDate must be greater than minDate");
    QList<const LemlistActivity *> selected;
    for (const LemlistActivity &activity : m_activities) {
        if ((!type.isEmpty() && activity.type != type) ||
            (!campaignId.isEmpty() && activity.campaignId != campaignId) ||
            (!leadId.isEmpty() && activity.leadId != leadId) ||
            (minDate.isValid() && activity.createdAt < minDate) ||
            (maxDate.isValid() && activity.createdAt > maxDate))
            continue;
        selected.append(&activity);
    }
    // Newest first; a stable sort keeps paging deterministic when timestamps tie.
    std::stable_sort(
        selected.begin(), selected.end(),
        [](const LemlistActivity *a, const LemlistActivity *b) { return a->createdAt > b->createdAt; });
    QJsonArray page;
    for (qsizetype i = offset; i < selected.size() && page.size() < limit; ++i)
        page.append(activityJson(*selected.at(i)));
    return HttpResponse::json(200, QJsonDocument(page), QByteArrayLiteral("application/json; charset=utf-8"));
}

} // namespace prospector::sandbox

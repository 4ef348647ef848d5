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

QString LemlistSimulator::replyHtml(const QString &text, const QString &quoted) {
    QString body = text.toHtmlEscaped();
    body.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    QString html = QLatin1String("<div dir=\"ltr\">") + body + QLatin1String("</div>");
    if (!quoted.isEmpty()) {
        html += QLatin1String("<br><div class=\"gmail_quote gmail_quote_container\"><div dir=\"ltr\" "
                              "class=\"gmail_attr\">On Tue, Dec 3, 2024 at 10:52 AM Sandbox Sender &lt;"
                              "sender@example.com&gt; wrote:<br></div><blockquote class=\"gmail_quote\">") +
                quoted.toHtmlEscaped() + QLatin1String("</blockquote></div>");
    }
    return html;
}

QString LemlistSimulator::addActivity(const QString &type, const QString &email, const QString &campaignId,
                                      const QDateTime &createdAt, const QJsonObject &extra,
                                      const QString &message, const QString &subject) {
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
    activity.message = message;
    activity.subject = subject;
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

// GET /inbox/{contactId} (lemlist OpenAPI "Get Contact Messages"): the contact's e-mails, newest
// first, as activity records with their `message` (HTML) and `subject`; `limit`/`skip` paging
// and a {data, pagination} envelope.
HttpResponse LemlistSimulator::inbox(const HttpRequest &request, const QString &contactId) {
    QSet<QString> emails;
    for (const LemlistLead &lead : std::as_const(m_leads))
        if (lead.contactId == contactId)
            emails.insert(lead.email.toLower());
    if (emails.isEmpty())
        return HttpResponse::text(404, "Contact not found");
    const int limit = std::clamp(request.query.hasQueryItem(QStringLiteral("limit"))
                                     ? request.query.queryItemValue(QStringLiteral("limit")).toInt()
                                     : 10,
                                 1, 100);
    const int skip = std::max(0, request.query.queryItemValue(QStringLiteral("skip")).toInt());
    QList<const LemlistActivity *> messages;
    for (const LemlistActivity &activity : m_activities)
        if (emails.contains(activity.email.toLower()) && !activity.message.isEmpty())
            messages.append(&activity);
    std::stable_sort(
        messages.begin(), messages.end(),
        [](const LemlistActivity *a, const LemlistActivity *b) { return a->createdAt > b->createdAt; });
    QJsonArray data;
    for (qsizetype i = skip; i < messages.size() && data.size() < limit; ++i) {
        const LemlistActivity &a = *messages.at(i);
        data.append(
            QJsonObject{{QStringLiteral("_id"), a.id},
                        {QStringLiteral("type"), a.type},
                        {QStringLiteral("messageId"), QStringLiteral("<%1@sandbox.lemlist>").arg(a.id)},
                        {QStringLiteral("createdAt"), a.createdAt.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("fromEmail"), a.email},
                        {QStringLiteral("teamId"), kLemlistTeamId},
                        {QStringLiteral("leadId"), a.leadId},
                        {QStringLiteral("campaignId"), a.campaignId},
                        {QStringLiteral("sequenceStep"), 0},
                        {QStringLiteral("leadEmail"), a.email},
                        {QStringLiteral("contactId"), contactId},
                        {QStringLiteral("message"), a.message},
                        {QStringLiteral("subject"), a.subject},
                        {QStringLiteral("attachments"), QJsonArray{}}});
    }
    const int pages = int((messages.size() + limit - 1) / limit);
    const int current = skip / limit + 1;
    const QJsonObject pagination{
        {QStringLiteral("totalItems"), int(messages.size())},
        {QStringLiteral("currentPage"), current},
        {QStringLiteral("nextPage"), current < pages ? QJsonValue(current + 1) : QJsonValue()},
        {QStringLiteral("previousPage"), current > 1 ? QJsonValue(current - 1) : QJsonValue()},
        {QStringLiteral("perPage"), limit},
        {QStringLiteral("totalPages"), pages}};
    return HttpResponse::json(200,
                              QJsonDocument(QJsonObject{{QStringLiteral("data"), data},
                                                        {QStringLiteral("pagination"), pagination}}),
                              QByteArrayLiteral("application/json; charset=utf-8"));
}

} // namespace prospector::sandbox

#include "lemlist/lemlistparser.h"

#include "lemlist/messagetext.h"
#include "net/jsonutil.h"

#include <QJsonDocument>

namespace prospector::lemlist {

using net::ApiErrorKind;
using net::ApiResult;
using net::HttpResponse;
namespace json = net::json;

namespace {

bool parseDoc(const HttpResponse &response, QJsonDocument *doc, net::ApiError *error) {
    if (!response.ok()) {
        *error = response.error;
        return false;
    }
    return response.parseJson(doc, error);
}

bool readCampaign(const QJsonValue &value, Campaign *out) {
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    bool ok = true;
    out->id = json::text(o, "_id", &ok);
    out->name = json::text(o, "name", &ok);
    out->status = json::text(o, "status", &ok);
    out->createdAt = json::text(o, "createdAt", &ok);
    return ok && !out->id.isEmpty();
}

bool readLead(const QJsonValue &value, Lead *out) {
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    bool ok = true;
    out->id = json::text(o, "_id", &ok);
    out->email = json::text(o, "email", &ok);
    if (out->email.isEmpty())
        out->email = json::text(o.value(QLatin1StringView("variables")).toObject(), "email", &ok);
    out->campaignId = json::text(o, "campaignId", &ok);
    out->campaignName = json::text(o, "campaignName", &ok);
    const QJsonObject campaign = o.value(QLatin1StringView("campaign")).toObject();
    if (out->campaignId.isEmpty())
        out->campaignId = json::text(campaign, "id", &ok);
    if (out->campaignName.isEmpty())
        out->campaignName = json::text(campaign, "name", &ok);
    out->contactId = json::text(o, "contactId", &ok);
    out->state = json::text(o, "state", &ok);
    out->status = json::text(o, "status", &ok);
    const QJsonValue paused = o.value(QLatin1StringView("isPaused"));
    if (!paused.isUndefined() && !paused.isNull() && !paused.isBool())
        ok = false;
    out->isPaused = paused.toBool(false);
    return ok && !out->id.isEmpty();
}

// An e-mail body as lemlist activity records carry it: `message` is HTML (inbox records), a
// plain `text` is taken as it is.
QString bodyText(const QJsonObject &o, bool *ok) {
    const QString html = json::text(o, "message", ok);
    if (!html.isEmpty())
        return MessageText::fromHtml(html);
    return json::text(o, "text", ok).trimmed();
}

bool readActivity(const QJsonValue &value, Activity *out) {
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    bool ok = true;
    out->id = json::text(o, "_id", &ok);
    out->type = json::text(o, "type", &ok);
    out->createdAt = json::text(o, "createdAt", &ok);
    out->leadId = json::text(o, "leadId", &ok);
    out->leadEmail = json::text(o, "leadEmail", &ok);
    out->campaignId = json::text(o, "campaignId", &ok);
    out->campaignName = json::text(o, "campaignName", &ok);
    out->contactId = json::text(o, "contactId", &ok);
    out->text = bodyText(o, &ok);
    out->subject = json::text(o, "subject", &ok);
    out->isFirst = o.value(QLatin1StringView("isFirst")).toBool(false);
    const QJsonValue step = o.value(QLatin1StringView("sequenceStep"));
    out->sequenceStep = step.isDouble() ? step.toInt() : -1;
    if (out->leadEmail.isEmpty()) {
        const QJsonObject lead = o.value(QLatin1StringView("lead")).toObject();
        out->leadEmail = json::text(lead.value(QLatin1StringView("variables")).toObject(), "email");
    }
    return ok && !out->id.isEmpty() && !out->type.isEmpty();
}

} // namespace

ApiResult<CampaignPage> LemlistParser::campaigns(const HttpResponse &response, int requestedLimit) {
    QJsonDocument doc;
    net::ApiError error;
    if (!parseDoc(response, &doc, &error))
        return ApiResult<CampaignPage>::failure(error);
    QJsonArray array;
    CampaignPage page;
    if (doc.isArray()) {
        array = doc.array();
        page.mayHaveMore = array.size() >= requestedLimit;
    } else if (doc.isObject() && doc.object().value(QLatin1StringView("campaigns")).isArray()) {
        const QJsonObject root = doc.object();
        array = root.value(QLatin1StringView("campaigns")).toArray();
        const QJsonObject pagination = root.value(QLatin1StringView("pagination")).toObject();
        const QJsonValue nextPage = pagination.value(QLatin1StringView("nextPage"));
        const QJsonValue current = pagination.value(QLatin1StringView("currentPage"));
        const QJsonValue total = pagination.value(QLatin1StringView("totalPage"));
        if (current.isDouble() && total.isDouble())
            page.mayHaveMore = current.toInt() < total.toInt();
        else if (!nextPage.isUndefined())
            page.mayHaveMore = !nextPage.isNull() && nextPage.toVariant().toInt() > 0;
        else
            page.mayHaveMore = array.size() >= requestedLimit; // pagination keys unknown: fall back
    } else {
        return ApiResult<CampaignPage>::failure(
            json::malformed(response, QStringLiteral("unexpected campaigns shape")));
    }
    for (const QJsonValue &item : std::as_const(array)) {
        Campaign campaign;
        if (!readCampaign(item, &campaign))
            return ApiResult<CampaignPage>::failure(
                json::malformed(response, QStringLiteral("bad campaign")));
        page.campaigns.append(campaign);
    }
    return ApiResult<CampaignPage>::success(page);
}

ApiResult<AddLeadOutcome> LemlistParser::addLead(const HttpResponse &response, const QString &email,
                                                 const QString &campaignId) {
    if (response.error.kind == ApiErrorKind::Conflict &&
        response.error.remoteCategory == QLatin1StringView("LEAD_ALREADY_IN_CAMPAIGN")) {
        AddLeadOutcome outcome;
        outcome.alreadyInCampaign = true;
        outcome.lead.email = email;
        outcome.lead.campaignId = campaignId;
        return ApiResult<AddLeadOutcome>::success(outcome);
    }
    ApiResult<Lead> lead = LemlistParser::lead(response);
    if (!lead.ok())
        return ApiResult<AddLeadOutcome>::failure(lead.error);
    AddLeadOutcome outcome;
    outcome.lead = lead.value;
    if (outcome.lead.campaignId.isEmpty())
        outcome.lead.campaignId = campaignId;
    return ApiResult<AddLeadOutcome>::success(outcome);
}

ApiResult<Lead> LemlistParser::lead(const HttpResponse &response) {
    QJsonDocument doc;
    net::ApiError error;
    if (!parseDoc(response, &doc, &error))
        return ApiResult<Lead>::failure(error);
    Lead lead;
    if (!doc.isObject() || !readLead(doc.object(), &lead))
        return ApiResult<Lead>::failure(json::malformed(response, QStringLiteral("bad lead object")));
    return ApiResult<Lead>::success(lead);
}

ApiResult<QList<Lead>> LemlistParser::leads(const HttpResponse &response) {
    if (response.error.kind == ApiErrorKind::NotFound)
        return ApiResult<QList<Lead>>::success({});
    QJsonDocument doc;
    net::ApiError error;
    if (!parseDoc(response, &doc, &error))
        return ApiResult<QList<Lead>>::failure(error);
    QList<Lead> leads;
    if (!doc.isArray() && !doc.isObject())
        return ApiResult<QList<Lead>>::failure(
            json::malformed(response, QStringLiteral("unexpected leads shape")));
    const QJsonArray array = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    for (const QJsonValue &item : array) {
        Lead lead;
        if (!readLead(item, &lead))
            return ApiResult<QList<Lead>>::failure(json::malformed(response, QStringLiteral("bad lead")));
        leads.append(lead);
    }
    return ApiResult<QList<Lead>>::success(leads);
}

ApiResult<UnsubscribeOutcome> LemlistParser::unsubscribe(const HttpResponse &response) {
    QJsonDocument doc;
    net::ApiError error;
    if (!parseDoc(response, &doc, &error))
        return ApiResult<UnsubscribeOutcome>::failure(error);
    const QJsonObject o = doc.object();
    bool ok = doc.isObject();
    UnsubscribeOutcome outcome;
    outcome.id = json::text(o, "_id", &ok);
    outcome.value = json::text(o, "value", &ok);
    outcome.alreadyUnsubscribed = o.value(QLatin1StringView("alreadyUnsubscribed")).toBool(false);
    if (!ok || outcome.id.isEmpty())
        return ApiResult<UnsubscribeOutcome>::failure(
            json::malformed(response, QStringLiteral("bad unsubscribe")));
    return ApiResult<UnsubscribeOutcome>::success(outcome);
}

ApiResult<ActivityPage> LemlistParser::activities(const HttpResponse &response, const ActivityQuery &query) {
    QJsonDocument doc;
    net::ApiError error;
    if (!parseDoc(response, &doc, &error))
        return ApiResult<ActivityPage>::failure(error);
    if (!doc.isArray())
        return ApiResult<ActivityPage>::failure(
            json::malformed(response, QStringLiteral("activities is not an array")));
    ActivityPage page;
    const QJsonArray array = doc.array();
    for (const QJsonValue &item : array) {
        Activity activity;
        if (!readActivity(item, &activity))
            return ApiResult<ActivityPage>::failure(
                json::malformed(response, QStringLiteral("bad activity")));
        page.activities.append(activity);
    }
    page.nextOffset = array.size() >= query.limit ? query.offset + int(array.size()) : -1;
    return ApiResult<ActivityPage>::success(page);
}

ApiResult<InboxPage> LemlistParser::inbox(const HttpResponse &response, int skip, int limit) {
    if (response.error.kind == ApiErrorKind::NotFound)
        return ApiResult<InboxPage>::success({});
    QJsonDocument doc;
    net::ApiError error;
    if (!parseDoc(response, &doc, &error))
        return ApiResult<InboxPage>::failure(error);
    const QJsonValue data = doc.object().value(QLatin1StringView("data"));
    if (!doc.isObject() || !data.isArray())
        return ApiResult<InboxPage>::failure(json::malformed(response, QStringLiteral("inbox without data")));
    InboxPage page;
    const QJsonArray array = data.toArray();
    for (const QJsonValue &item : array) {
        const QJsonObject o = item.toObject();
        bool ok = item.isObject();
        InboxMessage message;
        message.id = json::text(o, "_id", &ok);
        message.type = json::text(o, "type", &ok);
        message.createdAt = json::text(o, "createdAt", &ok);
        message.subject = json::text(o, "subject", &ok);
        message.text = bodyText(o, &ok);
        if (!ok || message.id.isEmpty())
            return ApiResult<InboxPage>::failure(
                json::malformed(response, QStringLiteral("bad inbox message")));
        page.messages.append(message);
    }
    const QJsonValue next =
        doc.object().value(QLatin1StringView("pagination")).toObject().value(QLatin1StringView("nextPage"));
    const bool more = next.isUndefined() ? array.size() >= limit : !next.isNull() && next.toInt() > 0;
    page.nextSkip = more && !array.isEmpty() ? skip + int(array.size()) : -1;
    return ApiResult<InboxPage>::success(page);
}

} // namespace prospector::lemlist

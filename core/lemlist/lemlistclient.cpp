#include "lemlist/lemlistclient.h"

#include "lemlist/lemlistparser.h"
#include "net/httpclient.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace prospector::lemlist {

using net::ApiResult;
using net::HttpRequest;
using net::HttpResponse;

namespace {

QString segment(const QString &value) {
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

void putIfSet(QJsonObject &o, const char *key, const QString &value) {
    if (!value.isEmpty())
        o.insert(QLatin1StringView(key), value);
}

} // namespace

LemlistClient::LemlistClient(net::HttpClient *http)
    : m_http(http) {}

QByteArray LemlistClient::leadBody(const LeadInput &lead) {
    QJsonObject o;
    // Custom variables first so that a variable can never overwrite a standard field.
    for (auto it = lead.variables.begin(); it != lead.variables.end(); ++it)
        o.insert(it.key(), it.value());
    o.insert(QStringLiteral("email"), lead.email);
    putIfSet(o, "firstName", lead.firstName);
    putIfSet(o, "lastName", lead.lastName);
    putIfSet(o, "companyName", lead.companyName);
    putIfSet(o, "companyDomain", lead.companyDomain);
    putIfSet(o, "jobTitle", lead.jobTitle);
    putIfSet(o, "phone", lead.phone);
    putIfSet(o, "linkedinUrl", lead.linkedinUrl);
    putIfSet(o, "icebreaker", lead.icebreaker);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void LemlistClient::listCampaigns(int offset, int limit, QObject *context, Callback<CampaignPage> done) {
    limit = std::clamp(limit, 1, 100);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("version"), QStringLiteral("v2"));
    query.addQueryItem(QStringLiteral("offset"), QString::number(std::max(0, offset)));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    HttpRequest request = HttpRequest::get(QStringLiteral("/campaigns"), query);
    request.operation = QStringLiteral("lemlist.campaigns.list");
    m_http->send(request, context, [done = std::move(done), limit](const HttpResponse &r) {
        done(LemlistParser::campaigns(r, limit));
    });
}

void LemlistClient::addLeadToCampaign(const QString &campaignId, const LeadInput &lead, bool deduplicate,
                                      QObject *context, Callback<AddLeadOutcome> done) {
    HttpRequest request = HttpRequest::withBody(
        "POST", QStringLiteral("/campaigns/%1/leads/").arg(segment(campaignId)), leadBody(lead));
    if (deduplicate)
        request.query.addQueryItem(QStringLiteral("deduplicate"), QStringLiteral("true"));
    request.operation = QStringLiteral("lemlist.campaigns.addLead");
    request.idempotent = false;
    m_http->send(request, context,
                 [done = std::move(done), email = lead.email, campaignId](const HttpResponse &r) {
                     done(LemlistParser::addLead(r, email, campaignId));
                 });
}

void LemlistClient::getLeadByEmail(const QString &email, QObject *context, Callback<QList<Lead>> done) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("version"), QStringLiteral("v2"));
    HttpRequest request = HttpRequest::get(QStringLiteral("/leads/") + segment(email), query);
    request.operation = QStringLiteral("lemlist.leads.getByEmail");
    m_http->send(request, context,
                 [done = std::move(done)](const HttpResponse &r) { done(LemlistParser::leads(r)); });
}

void LemlistClient::pauseLead(const QString &leadIdOrEmail, const QString &campaignId, QObject *context,
                              Callback<QList<Lead>> done) {
    pauseOrResume("pause", leadIdOrEmail, campaignId, context, std::move(done));
}

void LemlistClient::resumeLead(const QString &leadIdOrEmail, const QString &campaignId, QObject *context,
                               Callback<QList<Lead>> done) {
    pauseOrResume("start", leadIdOrEmail, campaignId, context, std::move(done));
}

void LemlistClient::pauseOrResume(const char *action, const QString &leadIdOrEmail, const QString &campaignId,
                                  QObject *context, Callback<QList<Lead>> done) {
    HttpRequest request = HttpRequest::withBody(
        "POST", QStringLiteral("/leads/%1/%2").arg(QLatin1StringView(action), segment(leadIdOrEmail)), {});
    if (!campaignId.isEmpty())
        request.query.addQueryItem(QStringLiteral("campaignId"), campaignId);
    request.operation = QStringLiteral("lemlist.leads.") + QLatin1StringView(action);
    m_http->send(request, context, [done = std::move(done)](const HttpResponse &r) {
        ApiResult<QList<Lead>> result = LemlistParser::leads(r);
        if (r.error.kind == net::ApiErrorKind::NotFound) // a missing lead is an error here, not "none"
            result = ApiResult<QList<Lead>>::failure(r.error);
        done(result);
    });
}

void LemlistClient::unsubscribeEverywhere(const QString &email, QObject *context,
                                          Callback<UnsubscribeOutcome> done) {
    HttpRequest request =
        HttpRequest::withBody("POST", QStringLiteral("/unsubscribes/") + segment(email), {});
    request.operation = QStringLiteral("lemlist.unsubscribes.add");
    m_http->send(request, context,
                 [done = std::move(done)](const HttpResponse &r) { done(LemlistParser::unsubscribe(r)); });
}

void LemlistClient::unsubscribeLeadFromCampaign(const QString &campaignId, const QString &email,
                                                QObject *context, Callback<Lead> done) {
    HttpRequest request;
    request.method = "DELETE";
    request.path = QStringLiteral("/campaigns/%1/leads/%2").arg(segment(campaignId), segment(email));
    request.operation = QStringLiteral("lemlist.campaigns.unsubscribeLead");
    m_http->send(request, context,
                 [done = std::move(done)](const HttpResponse &r) { done(LemlistParser::lead(r)); });
}

void LemlistClient::listActivities(const ActivityQuery &activityQuery, QObject *context,
                                   Callback<ActivityPage> done) {
    ActivityQuery q = activityQuery;
    q.limit = std::clamp(q.limit, 1, 100);
    q.offset = std::max(0, q.offset);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("version"), QStringLiteral("v2"));
    if (!q.type.isEmpty())
        query.addQueryItem(QStringLiteral("type"), q.type);
    if (!q.campaignId.isEmpty())
        query.addQueryItem(QStringLiteral("campaignId"), q.campaignId);
    query.addQueryItem(QStringLiteral("offset"), QString::number(q.offset));
    query.addQueryItem(QStringLiteral("limit"), QString::number(q.limit));
    HttpRequest request = HttpRequest::get(QStringLiteral("/activities"), query);
    request.operation = QStringLiteral("lemlist.activities.list");
    m_http->send(request, context, [done = std::move(done), q](const HttpResponse &r) {
        done(LemlistParser::activities(r, q));
    });
}

void LemlistClient::getConversation(const QString &contactId, int skip, int limit, QObject *context,
                                    Callback<InboxPage> done) {
    limit = std::clamp(limit, 1, 100);
    skip = std::max(0, skip);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("skip"), QString::number(skip));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    HttpRequest request = HttpRequest::get(QStringLiteral("/inbox/") + segment(contactId), query);
    request.operation = QStringLiteral("lemlist.inbox.get");
    m_http->send(request, context, [done = std::move(done), skip, limit](const HttpResponse &r) {
        done(LemlistParser::inbox(r, skip, limit));
    });
}

} // namespace prospector::lemlist

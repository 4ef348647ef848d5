#pragma once

#include "lemlist/lemlisttypes.h"
#include "net/apiresult.h"

#include <QObject>
#include <functional>

namespace prospector::net {
class HttpClient;
} // namespace prospector::net

namespace prospector::lemlist {

// lemlist operations Prospector needs (CONTRACTS.md section 2), on an HttpClient configured for
// lemlist (Basic auth, 20 requests / 2 s limiter). Callbacks run once, on the client's thread,
// unless context is destroyed first.
class LemlistClient {
public:
    template <typename T>
    using Callback = std::function<void(const net::ApiResult<T> &)>;

    explicit LemlistClient(net::HttpClient *http);

    // GET /campaigns?version=v2&offset=&limit= (limit <= 100).
    void listCampaigns(int offset, int limit, QObject *context, Callback<CampaignPage> done);
    // POST /campaigns/{id}/leads/ with the e-mail and personalization variables in the body.
    // Never resent blindly (a resend could enrol twice); "Lead already in the campaign" is
    // reported as success with alreadyInCampaign, "Lead already in other campaign" (only with
    // deduplicate) as a Conflict error.
    void addLeadToCampaign(const QString &campaignId, const LeadInput &lead, bool deduplicate,
                           QObject *context, Callback<AddLeadOutcome> done);
    // GET /leads/{email}?version=v2: one entry per campaign; empty when lemlist says "Lead not found".
    void getLeadByEmail(const QString &email, QObject *context, Callback<QList<Lead>> done);
    // POST /leads/pause/{leadIdOrEmail}[?campaignId=]: pauses in one campaign or all of them.
    void pauseLead(const QString &leadIdOrEmail, const QString &campaignId, QObject *context,
                   Callback<QList<Lead>> done);
    // POST /leads/start/{leadIdOrEmail}[?campaignId=]: resumes a paused lead.
    void resumeLead(const QString &leadIdOrEmail, const QString &campaignId, QObject *context,
                    Callback<QList<Lead>> done);
    // POST /unsubscribes/{email}: team-wide opt-out (every campaign, now and later). Idempotent:
    // a second call reports alreadyUnsubscribed.
    void unsubscribeEverywhere(const QString &email, QObject *context, Callback<UnsubscribeOutcome> done);
    // DELETE /campaigns/{id}/leads/{email}: stops the campaign for this lead (unsubscribe).
    void unsubscribeLeadFromCampaign(const QString &campaignId, const QString &email, QObject *context,
                                     Callback<Lead> done);
    // GET /activities?version=v2&type=&campaignId=&offset=&limit=: newest first, offset paging.
    void listActivities(const ActivityQuery &query, QObject *context, Callback<ActivityPage> done);
    // GET /inbox/{contactId}?skip=&limit=: the contact's conversation, newest first, with each
    // e-mail's text (the activity feed leaves reply bodies out). An unknown contact is empty.
    void getConversation(const QString &contactId, int skip, int limit, QObject *context,
                         Callback<InboxPage> done);

    // The JSON body sent for a lead (exposed for tests and the outbox's payload log).
    static QByteArray leadBody(const LeadInput &lead);

private:
    void pauseOrResume(const char *action, const QString &leadIdOrEmail, const QString &campaignId,
                       QObject *context, Callback<QList<Lead>> done);

    net::HttpClient *m_http;
};

} // namespace prospector::lemlist

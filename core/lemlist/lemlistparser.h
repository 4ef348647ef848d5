#pragma once

#include "lemlist/lemlisttypes.h"
#include "net/apiresult.h"
#include "net/httpresponse.h"

namespace prospector::lemlist {

// Pure parsers for the lemlist contracts (CONTRACTS.md section 2). Wrong shapes become
// MalformedResponse errors; nothing here can crash on input.
class LemlistParser {
public:
    // Both documented shapes: a bare array, or {"campaigns":[...],"pagination":{...}}.
    static net::ApiResult<CampaignPage> campaigns(const net::HttpResponse &response, int requestedLimit);
    // "Lead already in the campaign" (any status) is success with alreadyInCampaign.
    static net::ApiResult<AddLeadOutcome> addLead(const net::HttpResponse &response, const QString &email,
                                                  const QString &campaignId);
    // GET /leads/{email}: an array of per-campaign entries, or a single object; 404 "Lead not
    // found" is an empty list (a definite answer), every other error stays an error.
    static net::ApiResult<QList<Lead>> leads(const net::HttpResponse &response);
    static net::ApiResult<Lead> lead(const net::HttpResponse &response);
    static net::ApiResult<UnsubscribeOutcome> unsubscribe(const net::HttpResponse &response);
    static net::ApiResult<ActivityPage> activities(const net::HttpResponse &response,
                                                   const ActivityQuery &query);
    // GET /inbox/{contactId}: {"data":[...],"pagination":{...}}; 404 is an empty conversation.
    static net::ApiResult<InboxPage> inbox(const net::HttpResponse &response, int skip, int limit);
};

} // namespace prospector::lemlist

#pragma once

#include "explorium/exploriumtypes.h"
#include "net/apiresult.h"
#include "net/httpresponse.h"

#include <QJsonArray>

namespace prospector::explorium {

// Pure parsers for the Explorium contracts (CONTRACTS.md section 3). request_status "miss" is a
// successful empty answer; "failure" becomes a Server error (HTTP 200 but nothing usable). Any
// unexpected shape becomes MalformedResponse; nothing here can crash on input.
class ExploriumParser {
public:
    // sent: the items as sent. Results are documented to come back with the same length and order
    // as the inputs; when the lengths differ, results are aligned by their "input" echo instead,
    // so an item is never attributed to the wrong company or person.
    static net::ApiResult<MatchResult> businessMatch(const net::HttpResponse &response,
                                                     const QJsonArray &sent);
    static net::ApiResult<MatchResult> prospectMatch(const net::HttpResponse &response,
                                                     const QJsonArray &sent);
    static net::ApiResult<EnrichResult<Firmographics>> firmographics(const net::HttpResponse &response);
    static net::ApiResult<EnrichResult<ContactInformation>>
    contactInformation(const net::HttpResponse &response);
    // A body without a numeric credits_used is MalformedResponse: the caller cannot confirm
    // anything from it.
    static net::ApiResult<CreditsSummary> credits(const net::HttpResponse &response);
};

} // namespace prospector::explorium

#pragma once

#include "hubspot/hubspottypes.h"
#include "net/apiresult.h"
#include "net/httpresponse.h"

namespace prospector::hubspot {

// Pure response parsers for the HubSpot CRM contracts (CONTRACTS.md section 1). Any unexpected
// shape - truncated JSON, an HTML page, wrong types, missing required fields - becomes a
// MalformedResponse error; nothing here can crash on input.
class HubSpotParser {
public:
    static net::ApiResult<BatchResult> batch(const net::HttpResponse &response);
    static net::ApiResult<CrmObject> object(const net::HttpResponse &response);
    static net::ApiResult<SearchPage> search(const net::HttpResponse &response);
    static net::ApiResult<QList<Association>> associations(const net::HttpResponse &response);
    // v4 batch read: results[{from:{id}, to:[{toObjectId, associationTypes}]}]. Ids HubSpot could
    // not read (207 errors) are simply absent.
    static net::ApiResult<AssociatedIds> associatedIds(const net::HttpResponse &response);

    // "Contact already exists. Existing ID: 37765128953" -> "37765128953"; empty if absent.
    static QString existingId(const QString &conflictMessage);
};

} // namespace prospector::hubspot

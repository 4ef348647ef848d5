#pragma once

#include "explorium/exploriumtypes.h"
#include "net/apiresult.h"

#include <QObject>
#include <functional>

namespace prospector::net {
class HttpClient;
} // namespace prospector::net

namespace prospector::explorium {

// Explorium AgentSource v1 operations (CONTRACTS.md section 3) on an HttpClient configured for
// Explorium (api_key header, 200 / min limiter). Lists must hold 1..50 items; anything else is
// refused before a request is made. Match calls are free and retried on transient errors;
// enrich calls cost credits on every call, so they are not resent after an ambiguous failure
// (timeout, reset) - the caller's cache and outbox decide.
class ExploriumClient {
public:
    static constexpr int kMaxItems = 50;
    enum ContactType { Email = 0x1, Phone = 0x2 };

    template <typename T>
    using Callback = std::function<void(const net::ApiResult<T> &)>;

    explicit ExploriumClient(net::HttpClient *http);

    void matchBusinesses(const QList<BusinessQuery> &businesses, QObject *context,
                         Callback<MatchResult> done);
    void matchProspects(const QList<ProspectQuery> &prospects, QObject *context, Callback<MatchResult> done);
    void enrichFirmographics(const QStringList &businessIds, QObject *context,
                             Callback<EnrichResult<Firmographics>> done);
    // contactTypes: Email (2 credits), Phone (5), or both (5).
    void enrichContactInformation(const QStringList &prospectIds, int contactTypes, QObject *context,
                                  Callback<EnrichResult<ContactInformation>> done);

    // Free read of the account's credit counters (does not consume credits). Used to tell whether
    // an enrichment call whose answer was lost was charged.
    void credits(QObject *context, Callback<CreditsSummary> done);

private:
    template <typename T>
    bool refuseSize(qsizetype size, QObject *context, const Callback<T> &done) const;

    net::HttpClient *m_http;
};

} // namespace prospector::explorium

// libFuzzer target: arbitrary bodies (with a status picked by the first byte) through every
// HubSpot, lemlist and Explorium response parser. A parser may refuse a body, never crash on it,
// and must never report success together with an error.
#include "explorium/exploriumparser.h"
#include "hubspot/hubspotparser.h"
#include "lemlist/lemlistparser.h"
#include "net/errorclassifier.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cstddef>
#include <cstdint>

using namespace prospector;

namespace {

constexpr int kStatuses[] = {200, 201, 204, 207, 400, 404, 409, 429, 500, 502};

net::HttpResponse response(net::Service service, int status, const QByteArray &body) {
    net::HttpResponse r;
    r.status = status;
    r.body = body;
    if (status < 200 || status > 299)
        r.error = net::classifyHttpStatus(service, status, body, {});
    return r;
}

template <typename T>
void check(const net::ApiResult<T> &result) {
    if (result.ok() == result.error.isError())
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0)
        return 0;
    const int status = kStatuses[data[0] % std::size(kStatuses)];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const auto hs = response(net::Service::HubSpot, status, body);
    check(hubspot::HubSpotParser::batch(hs));
    check(hubspot::HubSpotParser::object(hs));
    check(hubspot::HubSpotParser::search(hs));
    check(hubspot::HubSpotParser::associations(hs));
    (void)hubspot::HubSpotParser::existingId(QString::fromUtf8(body));

    const auto ll = response(net::Service::Lemlist, status, body);
    check(lemlist::LemlistParser::campaigns(ll, 100));
    check(lemlist::LemlistParser::addLead(ll, QStringLiteral("a@b.com"), QStringLiteral("cam_1")));
    check(lemlist::LemlistParser::leads(ll));
    check(lemlist::LemlistParser::lead(ll));
    check(lemlist::LemlistParser::unsubscribe(ll));
    check(lemlist::LemlistParser::activities(ll, {}));

    const auto ex = response(net::Service::Explorium, status, body);
    const QJsonArray sent{QJsonObject{{QStringLiteral("name"), QStringLiteral("apple")}},
                          QJsonObject{{QStringLiteral("domain"), QStringLiteral("apple.com")}}};
    check(explorium::ExploriumParser::businessMatch(ex, sent));
    check(explorium::ExploriumParser::prospectMatch(ex, sent));
    check(explorium::ExploriumParser::firmographics(ex));
    check(explorium::ExploriumParser::contactInformation(ex));
    check(explorium::ExploriumParser::credits(ex));
    return 0;
}

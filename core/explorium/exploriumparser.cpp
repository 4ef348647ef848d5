#include "explorium/exploriumparser.h"

#include "net/jsonutil.h"

#include <QJsonDocument>

namespace prospector::explorium {

using net::ApiError;
using net::ApiErrorKind;
using net::ApiResult;
using net::HttpResponse;
namespace json = net::json;

namespace {

// Reads the envelope every Explorium response shares. Returns false with *error set when the
// call failed, the body is not a JSON object, or request_status says "failure".
bool readEnvelope(const HttpResponse &response, QJsonObject *root, RequestStatus *status, ApiError *error) {
    if (!response.ok()) {
        *error = response.error;
        return false;
    }
    QJsonDocument doc;
    if (!response.parseJson(&doc, error))
        return false;
    if (!doc.isObject()) {
        *error = json::malformed(response, QStringLiteral("expected a JSON object"));
        return false;
    }
    *root = doc.object();
    const QJsonObject context = root->value(QLatin1StringView("response_context")).toObject();
    const QString requestStatus = json::text(context, "request_status");
    if (requestStatus == QLatin1StringView("success")) {
        *status = RequestStatus::Success;
    } else if (requestStatus == QLatin1StringView("miss")) {
        *status = RequestStatus::Miss;
    } else if (requestStatus == QLatin1StringView("failure")) {
        *status = RequestStatus::Failure;
        ApiError e = ApiError::make(ApiErrorKind::Server, response.error.service,
                                    QStringLiteral("request_status failure"));
        e.httpStatus = response.status;
        e.remoteCategory = QStringLiteral("REQUEST_STATUS_FAILURE");
        e.correlationId = json::text(context, "correlation_id");
        *error = e;
        return false;
    } else {
        *error = json::malformed(response, QStringLiteral("missing or unknown request_status"));
        return false;
    }
    return true;
}

bool echoMatches(const QJsonObject &echo, const QJsonObject &sent) {
    if (sent.isEmpty())
        return false;
    for (auto it = sent.begin(); it != sent.end(); ++it) {
        const QString mine = json::text(it.value());
        if (mine.isEmpty())
            continue;
        if (json::text(echo.value(it.key())).compare(mine, Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

ApiResult<MatchResult> parseMatch(const HttpResponse &response, const QJsonArray &sent, const char *listKey,
                                  const char *idKey) {
    QJsonObject root;
    MatchResult result;
    ApiError error;
    if (!readEnvelope(response, &root, &result.status, &error))
        return ApiResult<MatchResult>::failure(error);
    const qsizetype inputCount = sent.size();
    result.items = QList<MatchItem>(inputCount);
    const QJsonValue list = root.value(QLatin1StringView(listKey));
    if ((list.isUndefined() || list.isNull()) && result.status == RequestStatus::Miss)
        return ApiResult<MatchResult>::success(result);
    if (!list.isArray())
        return ApiResult<MatchResult>::failure(
            json::malformed(response, QStringLiteral("match list missing")));
    const QJsonArray array = list.toArray();
    const bool positional = array.size() == inputCount;
    QList<bool> taken(inputCount, false);
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return ApiResult<MatchResult>::failure(
                json::malformed(response, QStringLiteral("match item not an object")));
        const QJsonObject o = array.at(i).toObject();
        bool ok = true;
        MatchItem item;
        item.id = json::text(o, idKey, &ok);
        item.error = json::text(o, "error", &ok);
        item.errorType = json::text(o, "error_type", &ok);
        if (!ok)
            return ApiResult<MatchResult>::failure(
                json::malformed(response, QStringLiteral("bad match item types")));
        qsizetype slot = positional ? i : -1;
        if (!positional) {
            const QJsonObject echo = o.value(QLatin1StringView("input")).toObject();
            for (qsizetype j = 0; j < inputCount && slot < 0; ++j) {
                if (!taken.at(j) && echoMatches(echo, sent.at(j).toObject()))
                    slot = j;
            }
        }
        if (slot < 0)
            continue; // an unattributable result is dropped rather than guessed
        taken[slot] = true;
        result.items[slot] = item;
        if (item.matched())
            ++result.totalMatches;
    }
    return ApiResult<MatchResult>::success(result);
}

template <typename T, typename ReadFn>
ApiResult<EnrichResult<T>> parseEnrich(const HttpResponse &response, const char *idKey, ReadFn read) {
    QJsonObject root;
    EnrichResult<T> result;
    ApiError error;
    if (!readEnvelope(response, &root, &result.status, &error))
        return ApiResult<EnrichResult<T>>::failure(error);
    const QJsonValue data = root.value(QLatin1StringView("data"));
    if ((data.isUndefined() || data.isNull()) && result.status == RequestStatus::Miss)
        return ApiResult<EnrichResult<T>>::success(result);
    if (!data.isArray())
        return ApiResult<EnrichResult<T>>::failure(
            json::malformed(response, QStringLiteral("data is not an array")));
    const QJsonArray array = data.toArray();
    for (const QJsonValue &entry : array) {
        const QJsonObject o = entry.toObject();
        bool ok = entry.isObject();
        const QString id = json::text(o, idKey, &ok);
        const QJsonValue payload = o.value(QLatin1StringView("data"));
        if (!ok || id.isEmpty() || !(payload.isObject() || payload.isNull() || payload.isUndefined()))
            return ApiResult<EnrichResult<T>>::failure(
                json::malformed(response, QStringLiteral("bad data entry")));
        if (!payload.isObject())
            continue; // nothing known for this id
        T record;
        if (!read(id, payload.toObject(), &record))
            return ApiResult<EnrichResult<T>>::failure(
                json::malformed(response, QStringLiteral("bad record fields")));
        result.records.append(record);
    }
    return ApiResult<EnrichResult<T>>::success(result);
}

bool readFirmographics(const QString &id, const QJsonObject &o, Firmographics *f) {
    bool ok = true;
    f->businessId = id;
    f->name = json::text(o, "name", &ok);
    f->description = json::text(o, "business_description", &ok);
    f->website = json::text(o, "website", &ok);
    f->countryName = json::text(o, "country_name", &ok);
    f->regionName = json::text(o, "region_name", &ok);
    f->cityName = json::text(o, "city_name", &ok);
    f->naics = json::text(o, "naics", &ok);
    f->naicsDescription = json::text(o, "naics_description", &ok);
    f->numberOfEmployeesRange = json::text(o, "number_of_employees_range", &ok);
    f->yearlyRevenueRange = json::text(o, "yearly_revenue_range", &ok);
    f->linkedinIndustryCategory = json::text(o, "linkedin_industry_category", &ok);
    f->linkedinProfile = json::text(o, "linkedin_profile", &ok);
    return ok;
}

bool readContactInformation(const QString &id, const QJsonObject &o, ContactInformation *c) {
    bool ok = true;
    c->prospectId = id;
    const QJsonValue emails = o.value(QLatin1StringView("emails"));
    if (!emails.isUndefined() && !emails.isNull() && !emails.isArray())
        return false;
    const QJsonArray emailArray = emails.toArray();
    for (const QJsonValue &e : emailArray) {
        const QJsonObject eo = e.toObject();
        ContactEmail email{json::text(eo, "address", &ok), json::text(eo, "type", &ok)};
        if (!email.address.isEmpty())
            c->emails.append(email);
    }
    c->professionalEmail = json::text(o, "professions_email", &ok);
    c->professionalEmailStatus = json::text(o, "professional_email_status", &ok);
    const QJsonValue phones = o.value(QLatin1StringView("phone_numbers"));
    if (!phones.isUndefined() && !phones.isNull() && !phones.isArray())
        return false;
    const QJsonArray phoneArray = phones.toArray();
    for (const QJsonValue &p : phoneArray) {
        const QString number = json::text(p.toObject(), "phone_number", &ok);
        if (!number.isEmpty())
            c->phoneNumbers.append(number);
    }
    c->mobilePhone = json::text(o, "mobile_phone", &ok);
    return ok;
}

} // namespace

ApiResult<MatchResult> ExploriumParser::businessMatch(const HttpResponse &response, const QJsonArray &sent) {
    return parseMatch(response, sent, "matched_businesses", "business_id");
}

ApiResult<MatchResult> ExploriumParser::prospectMatch(const HttpResponse &response, const QJsonArray &sent) {
    return parseMatch(response, sent, "matched_prospects", "prospect_id");
}

ApiResult<EnrichResult<Firmographics>> ExploriumParser::firmographics(const HttpResponse &response) {
    return parseEnrich<Firmographics>(response, "business_id", readFirmographics);
}

ApiResult<EnrichResult<ContactInformation>>
ExploriumParser::contactInformation(const HttpResponse &response) {
    return parseEnrich<ContactInformation>(response, "prospect_id", readContactInformation);
}

ApiResult<CreditsSummary> ExploriumParser::credits(const HttpResponse &response) {
    if (!response.ok())
        return ApiResult<CreditsSummary>::failure(response.error);
    QJsonDocument doc;
    ApiError error;
    if (!response.parseJson(&doc, &error))
        return ApiResult<CreditsSummary>::failure(error);
    const QJsonObject root = doc.object();
    // toInteger() takes only whole numbers a qint64 can hold: a cast of toDouble() was undefined for
    // 1e61 (found by bench/fuzz clientparsers) and a counter that is not a count confirms nothing.
    const qint64 used = root.value(QLatin1StringView("credits_used")).toInteger(-1);
    if (!doc.isObject() || used < 0)
        return ApiResult<CreditsSummary>::failure(
            json::malformed(response, QStringLiteral("credits_used missing or not a count")));
    CreditsSummary summary;
    summary.creditsUsed = used;
    summary.creditsLeft = root.value(QLatin1StringView("credits_left")).toInteger(-1);
    return ApiResult<CreditsSummary>::success(summary);
}

} // namespace prospector::explorium

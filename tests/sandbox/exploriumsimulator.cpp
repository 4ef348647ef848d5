#include "exploriumsimulator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace prospector::sandbox {

namespace {

constexpr qint64 kWindowMs = 60'000;

QString correlationId() {
    return QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace

QJsonObject exploriumContext(const QString &requestStatus) {
    return {{QStringLiteral("correlation_id"), correlationId()},
            {QStringLiteral("request_status"), requestStatus},
            {QStringLiteral("time_took_in_seconds"), 0.01}};
}

HttpResponse exploriumJson(int status, const QJsonObject &body) {
    return HttpResponse::json(status, QJsonDocument(body));
}

HttpResponse exploriumError(int status, const QString &details) {
    return exploriumJson(
        status, {{QStringLiteral("details"), details}, {QStringLiteral("correlation_id"), correlationId()}});
}

HttpResponse exploriumValidation(const QString &field, const QString &message, const QString &type,
                                 const QJsonObject &context) {
    QJsonObject detail{{QStringLiteral("loc"), QJsonArray{QStringLiteral("body"), field}},
                       {QStringLiteral("msg"), message},
                       {QStringLiteral("type"), type}};
    if (!context.isEmpty())
        detail.insert(QStringLiteral("ctx"), context);
    return exploriumJson(422, {{QStringLiteral("detail"), QJsonArray{detail}}});
}

std::optional<HttpResponse> exploriumCheckKeys(const QJsonObject &body, const QStringList &allowed) {
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!allowed.contains(it.key()))
            return exploriumValidation(it.key(), QStringLiteral("extra fields not permitted"),
                                       QStringLiteral("value_error.extra"));
    }
    return std::nullopt;
}

std::optional<HttpResponse> exploriumCheckList(const QJsonObject &body, const QString &field) {
    if (!body.contains(field))
        return exploriumValidation(field, QStringLiteral("field required"),
                                   QStringLiteral("value_error.missing"));
    if (!body.value(field).isArray())
        return exploriumValidation(field, QStringLiteral("value is not a valid list"),
                                   QStringLiteral("type_error.list"));
    const qsizetype size = body.value(field).toArray().size();
    if (size < 1) {
        return exploriumValidation(field, QStringLiteral("ensure this value has at least 1 items"),
                                   QStringLiteral("value_error.list.min_items"),
                                   {{QStringLiteral("limit_value"), 1}});
    }
    if (size > 50) {
        return exploriumValidation(field, QStringLiteral("ensure this value has at most 50 items"),
                                   QStringLiteral("value_error.list.max_items"),
                                   {{QStringLiteral("limit_value"), 50}});
    }
    return std::nullopt;
}

ExploriumSimulator::ExploriumSimulator(const SandboxClock &clock)
    : m_clock(clock)
    , m_window(clock, m_config.rateLimit, kWindowMs) {}

QString ExploriumSimulator::businessIdForDomain(const QString &domain) {
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray("business:" + domain.toLower().toUtf8()), QCryptographicHash::Md5)
            .toHex());
}

QString ExploriumSimulator::prospectIdForEmail(const QString &email) {
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray("prospect:" + email.toLower().toUtf8()), QCryptographicHash::Sha1)
            .toHex());
}

void ExploriumSimulator::applyConfig(const QJsonObject &patch) {
    if (patch.contains(QLatin1String("rateLimit")))
        m_config.rateLimit = patch.value(QLatin1String("rateLimit")).toInt(m_config.rateLimit);
    if (patch.contains(QLatin1String("credits")))
        m_config.credits = patch.value(QLatin1String("credits")).toInt(m_config.credits);
    if (patch.contains(QLatin1String("firmographicsCost")))
        m_config.firmographicsCost = patch.value(QLatin1String("firmographicsCost")).toInt(1);
    if (patch.contains(QLatin1String("acceptAnyKey")))
        m_config.acceptAnyKey = patch.value(QLatin1String("acceptAnyKey")).toBool();
    auto strings = [](const QJsonValue &value) {
        QSet<QString> set;
        for (const QJsonValue &item : value.toArray())
            set.insert(item.toString().toLower());
        return set;
    };
    if (patch.contains(QLatin1String("validKeys"))) {
        m_config.validKeys.clear();
        for (const QJsonValue &item : patch.value(QLatin1String("validKeys")).toArray())
            m_config.validKeys.insert(item.toString());
    }
    if (patch.contains(QLatin1String("noMatch")))
        m_config.noMatch = strings(patch.value(QLatin1String("noMatch")));
    if (patch.contains(QLatin1String("matchErrors")))
        m_config.matchErrors = strings(patch.value(QLatin1String("matchErrors")));
    if (patch.contains(QLatin1String("softFailures")))
        m_config.softFailures = patch.value(QLatin1String("softFailures")).toInt();
    if (patch.contains(QLatin1String("driftedFieldNames")))
        m_config.driftedFieldNames = patch.value(QLatin1String("driftedFieldNames")).toBool();
}

QJsonObject ExploriumSimulator::configJson() const {
    return {{QStringLiteral("rateLimit"), m_config.rateLimit},
            {QStringLiteral("credits"), m_config.credits},
            {QStringLiteral("firmographicsCost"), m_config.firmographicsCost},
            {QStringLiteral("acceptAnyKey"), m_config.acceptAnyKey},
            {QStringLiteral("validKeys"), QJsonArray::fromStringList(m_config.validKeys.values())},
            {QStringLiteral("noMatch"), QJsonArray::fromStringList(m_config.noMatch.values())},
            {QStringLiteral("matchErrors"), QJsonArray::fromStringList(m_config.matchErrors.values())},
            {QStringLiteral("driftedFieldNames"), m_config.driftedFieldNames},
            {QStringLiteral("softFailures"), m_config.softFailures}};
}

std::optional<HttpResponse> ExploriumSimulator::checkAuth(const HttpRequest &request) {
    // Header names arrive lower-cased, so "API_KEY" and "api_key" are the same header.
    const QString key = QString::fromUtf8(request.header("api_key")).trimmed();
    if (key.isEmpty() || !(m_config.validKeys.contains(key) || m_config.acceptAnyKey))
        return exploriumError(401, QStringLiteral("Unauthorized - Authentication failed"));
    return std::nullopt;
}

void ExploriumSimulator::addRateHeaders(HttpResponse &response) {
    response.setHeader("X-RateLimit-Limit", QByteArray::number(m_window.limit()));
    response.setHeader("X-RateLimit-Remaining", QByteArray::number(m_window.remaining()));
    const qint64 resetMs = std::max(m_window.msUntilReset(), m_window.windowMs());
    const qint64 resetEpoch = (QDateTime::currentMSecsSinceEpoch() + resetMs + 999) / 1000;
    response.setHeader("X-RateLimit-Reset", QByteArray::number(resetEpoch));
}

HttpResponse ExploriumSimulator::rateLimitedResponse(const HttpRequest &) {
    const qint64 waitSeconds = std::max<qint64>(1, (m_window.msUntilSlot() + 999) / 1000);
    HttpResponse response = exploriumJson(
        429, {{QStringLiteral("error"), QStringLiteral("rate_limit_exceeded")},
              {QStringLiteral("message"),
               QStringLiteral("API rate limit exceeded. Please retry after %1 seconds.").arg(waitSeconds)},
              {QStringLiteral("retry_after"), waitSeconds}});
    addRateHeaders(response);
    response.setHeader("X-RateLimit-Remaining", "0");
    response.setHeader("Retry-After", QByteArray::number(waitSeconds));
    return response;
}

HttpResponse ExploriumSimulator::errorResponse(int status) {
    if (status == 500)
        return exploriumError(500, QStringLiteral("An internal server error occurred"));
    return exploriumError(status, QString::fromLatin1(reasonPhrase(status)));
}

HttpResponse ExploriumSimulator::handle(const HttpRequest &request) {
    if (auto refused = checkAuth(request))
        return *refused;
    m_window.setLimit(m_config.rateLimit);
    if (!m_window.tryAcquire())
        return rateLimitedResponse(request);
    HttpResponse response;
    if (request.method == "GET" && request.path == QLatin1String("/v1/credits")) {
        response = exploriumJson(200, {{QStringLiteral("credits_left"), m_config.credits - m_creditsUsed},
                                       {QStringLiteral("credits_used"), m_creditsUsed}});
    } else if (request.method != "POST") {
        response = exploriumError(405, QStringLiteral("Method Not Allowed"));
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            response =
                exploriumValidation(QStringLiteral("__root__"), QStringLiteral("value is not a valid dict"),
                                    QStringLiteral("type_error.dict"));
        else
            response = dispatch(request, document.object());
    }
    addRateHeaders(response);
    return response;
}

HttpResponse ExploriumSimulator::dispatch(const HttpRequest &request, const QJsonObject &body) {
    const QString &path = request.path;
    static const QHash<QString, QStringList> allowedKeys = {
        {QStringLiteral("/v1/businesses/match"),
         {QStringLiteral("request_context"), QStringLiteral("businesses_to_match")}},
        {QStringLiteral("/v1/prospects/match"),
         {QStringLiteral("request_context"), QStringLiteral("prospects_to_match")}},
        {QStringLiteral("/v1/businesses/firmographics/bulk_enrich"),
         {QStringLiteral("request_context"), QStringLiteral("parameters"), QStringLiteral("business_ids")}},
        {QStringLiteral("/v1/businesses/firmographics/enrich"),
         {QStringLiteral("request_context"), QStringLiteral("parameters"), QStringLiteral("business_id")}},
        {QStringLiteral("/v1/prospects/contacts_information/bulk_enrich"),
         {QStringLiteral("request_context"), QStringLiteral("parameters"), QStringLiteral("prospect_ids")}},
        {QStringLiteral("/v1/prospects/contacts_information/enrich"),
         {QStringLiteral("request_context"), QStringLiteral("parameters"), QStringLiteral("prospect_id")}}};
    if (allowedKeys.contains(path)) {
        if (auto invalid = exploriumCheckKeys(body, allowedKeys.value(path)))
            return *invalid;
    }
    if (m_config.softFailures > 0 && allowedKeys.contains(path)) {
        --m_config.softFailures;
        return softFailure(path, body);
    }
    if (path == QLatin1String("/v1/businesses/match"))
        return matchBusinesses(body);
    if (path == QLatin1String("/v1/prospects/match"))
        return matchProspects(body);
    if (path == QLatin1String("/v1/businesses/firmographics/bulk_enrich"))
        return bulkFirmographics(body);
    if (path == QLatin1String("/v1/businesses/firmographics/enrich"))
        return singleFirmographics(body);
    if (path == QLatin1String("/v1/prospects/contacts_information/bulk_enrich"))
        return bulkContacts(body);
    if (path == QLatin1String("/v1/prospects/contacts_information/enrich"))
        return singleContacts(body);
    return exploriumError(404, QStringLiteral("Not Found"));
}

// HTTP 200 but request_status "failure": clients must branch on the field, not only the status.
HttpResponse ExploriumSimulator::softFailure(const QString &path, const QJsonObject &body) const {
    const bool businesses = path == QLatin1String("/v1/businesses/match");
    if (businesses || path == QLatin1String("/v1/prospects/match")) {
        const QString listKey =
            businesses ? QStringLiteral("businesses_to_match") : QStringLiteral("prospects_to_match");
        QJsonArray results;
        for (const QJsonValue &item : body.value(listKey).toArray()) {
            results.append(QJsonObject{
                {QStringLiteral("input"), item},
                {businesses ? QStringLiteral("business_id") : QStringLiteral("prospect_id"), QJsonValue()}});
        }
        return exploriumJson(
            200, {{QStringLiteral("response_context"), exploriumContext(QStringLiteral("failure"))},
                  {QStringLiteral("total_results"), results.size()},
                  {QStringLiteral("total_matches"), 0},
                  {businesses ? QStringLiteral("matched_businesses") : QStringLiteral("matched_prospects"),
                   results}});
    }
    return exploriumJson(200,
                         {{QStringLiteral("response_context"), exploriumContext(QStringLiteral("failure"))},
                          {QStringLiteral("data"), QJsonArray{}},
                          {QStringLiteral("total_results"), 0}});
}

bool ExploriumSimulator::matchable(const QString &key) const {
    const QString lower = key.toLower();
    return !lower.isEmpty() && !m_config.noMatch.contains(lower) &&
           !lower.endsWith(QLatin1String(".invalid"));
}

QJsonObject ExploriumSimulator::state() const {
    QJsonObject businesses;
    for (auto it = m_businesses.cbegin(); it != m_businesses.cend(); ++it)
        businesses.insert(it.key(), it.value());
    QJsonArray prospects;
    for (auto it = m_prospects.cbegin(); it != m_prospects.cend(); ++it)
        prospects.append(
            QJsonObject{{QStringLiteral("prospect_id"), it.key()}, {QStringLiteral("email"), it->email}});
    return {{QStringLiteral("businesses"), businesses},
            {QStringLiteral("prospects"), prospects},
            {QStringLiteral("creditsUsed"), m_creditsUsed},
            {QStringLiteral("creditsLeft"), m_config.credits - m_creditsUsed},
            {QStringLiteral("enrichedRecords"), m_enrichedRecords},
            {QStringLiteral("config"), configJson()},
            {QStringLiteral("counters"), counters().toJson()}};
}

void ExploriumSimulator::reset() {
    m_businesses.clear();
    m_prospects.clear();
    m_creditsUsed = 0;
    m_enrichedRecords = 0;
    m_window.reset();
    counters().reset();
}

} // namespace prospector::sandbox

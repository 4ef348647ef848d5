#include "exploriumsimulator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

namespace prospector::sandbox {

namespace {

constexpr qint64 kWindowMs = 60'000;

QString correlationId() {
    return QUuid::createUuid().toString(QUuid::Id128);
}

QString normalizedDomain(const QJsonObject &item) {
    QString domain = item.value(QStringLiteral("domain")).toString().trimmed().toLower();
    if (domain.isEmpty()) {
        const QString url = item.value(QStringLiteral("url")).toString().trimmed();
        if (!url.isEmpty())
            domain = QUrl::fromUserInput(url).host().toLower();
    }
    if (domain.startsWith(QLatin1String("www.")))
        domain = domain.mid(4);
    return domain;
}

QJsonValue orNull(const QJsonObject &item, const QString &key) {
    const QJsonValue value = item.value(key);
    return value.isString() && !value.toString().isEmpty() ? value : QJsonValue();
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
}

QJsonObject ExploriumSimulator::configJson() const {
    return {{QStringLiteral("rateLimit"), m_config.rateLimit},
            {QStringLiteral("credits"), m_config.credits},
            {QStringLiteral("firmographicsCost"), m_config.firmographicsCost},
            {QStringLiteral("acceptAnyKey"), m_config.acceptAnyKey},
            {QStringLiteral("validKeys"), QJsonArray::fromStringList(m_config.validKeys.values())},
            {QStringLiteral("noMatch"), QJsonArray::fromStringList(m_config.noMatch.values())}};
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

bool ExploriumSimulator::matchable(const QString &key) const {
    const QString lower = key.toLower();
    return !lower.isEmpty() && !m_config.noMatch.contains(lower) &&
           !lower.endsWith(QLatin1String(".invalid"));
}

HttpResponse ExploriumSimulator::matchBusinesses(const QJsonObject &body) {
    if (auto invalid = exploriumCheckList(body, QStringLiteral("businesses_to_match")))
        return *invalid;
    QJsonArray results;
    int matches = 0;
    for (const QJsonValue &value : body.value(QStringLiteral("businesses_to_match")).toArray()) {
        const QJsonObject item = value.toObject();
        const QString domain = normalizedDomain(item);
        const QString name = item.value(QStringLiteral("name")).toString().trimmed();
        QString businessId;
        // Name + domain first, domain alone as the fallback; a bare name matches "fuzzily".
        if (!domain.isEmpty() && matchable(domain) && matchable(name.isEmpty() ? domain : name)) {
            businessId = businessIdForDomain(domain);
            m_businesses.insert(businessId, domain);
        } else if (domain.isEmpty() && matchable(name)) {
            businessId = businessIdForDomain(name.toLower() + QStringLiteral(".example"));
            m_businesses.insert(businessId, name.toLower() + QStringLiteral(".example"));
        }
        QJsonObject input{{QStringLiteral("name"), orNull(item, QStringLiteral("name"))},
                          {QStringLiteral("domain"), orNull(item, QStringLiteral("domain"))},
                          {QStringLiteral("url"), orNull(item, QStringLiteral("url"))}};
        if (item.contains(QStringLiteral("linkedin_url")))
            input.insert(QStringLiteral("linkedin_url"), orNull(item, QStringLiteral("linkedin_url")));
        results.append(QJsonObject{
            {QStringLiteral("input"), input},
            {QStringLiteral("business_id"), businessId.isEmpty() ? QJsonValue() : QJsonValue(businessId)}});
        matches += businessId.isEmpty() ? 0 : 1;
    }
    return exploriumJson(
        200, {{QStringLiteral("response_context"),
               exploriumContext(matches > 0 ? QStringLiteral("success") : QStringLiteral("miss"))},
              {QStringLiteral("total_results"), results.size()},
              {QStringLiteral("total_matches"), matches},
              {QStringLiteral("matched_businesses"), results}});
}

HttpResponse ExploriumSimulator::matchProspects(const QJsonObject &body) {
    if (auto invalid = exploriumCheckList(body, QStringLiteral("prospects_to_match")))
        return *invalid;
    static const QStringList keys = {QStringLiteral("business_id"),  QStringLiteral("full_name"),
                                     QStringLiteral("company_name"), QStringLiteral("email"),
                                     QStringLiteral("phone_number"), QStringLiteral("linkedin")};
    QJsonArray results;
    int matches = 0;
    for (const QJsonValue &value : body.value(QStringLiteral("prospects_to_match")).toArray()) {
        const QJsonObject item = value.toObject();
        ExploriumProspect prospect;
        prospect.email = item.value(QStringLiteral("email")).toString().trimmed().toLower();
        prospect.fullName = item.value(QStringLiteral("full_name")).toString().trimmed();
        prospect.companyName = item.value(QStringLiteral("company_name")).toString().trimmed();
        prospect.linkedin = item.value(QStringLiteral("linkedin")).toString().trimmed();
        prospect.businessId = item.value(QStringLiteral("business_id")).toString();
        QString key;
        if (!prospect.email.isEmpty())
            key = prospect.email;
        else if (!prospect.linkedin.isEmpty())
            key = prospect.linkedin;
        else if (!prospect.fullName.isEmpty() && !prospect.companyName.isEmpty()) // a name needs its company
            key = prospect.fullName + QLatin1Char('|') + prospect.companyName;
        const QString domain = prospect.email.section(QLatin1Char('@'), 1);
        QString prospectId;
        if (!key.isEmpty() && matchable(key) && (domain.isEmpty() || matchable(domain))) {
            prospectId = prospectIdForEmail(key);
            m_prospects.insert(prospectId, prospect);
        }
        QJsonObject input;
        for (const QString &name : keys)
            input.insert(name, orNull(item, name));
        results.append(QJsonObject{
            {QStringLiteral("input"), input},
            {QStringLiteral("prospect_id"), prospectId.isEmpty() ? QJsonValue() : QJsonValue(prospectId)}});
        matches += prospectId.isEmpty() ? 0 : 1;
    }
    return exploriumJson(
        200, {{QStringLiteral("response_context"),
               exploriumContext(matches > 0 ? QStringLiteral("success") : QStringLiteral("miss"))},
              {QStringLiteral("total_results"), results.size()},
              {QStringLiteral("total_matches"), matches},
              {QStringLiteral("matched_prospects"), results}});
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

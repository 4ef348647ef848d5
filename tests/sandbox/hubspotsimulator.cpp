#include "hubspotsimulator.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>
#include <cmath>

namespace prospector::sandbox {

namespace {

constexpr qint64 kBurstWindowMs = 10'000;
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr qint64 kSecondMs = 1'000;

QString correlationId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray number(qint64 value) {
    return QByteArray::number(value);
}

QJsonArray stringArray(const QSet<QString> &values) {
    QJsonArray array;
    for (const QString &value : values)
        array.append(value);
    return array;
}

QSet<QString> stringSet(const QJsonValue &value) {
    QSet<QString> set;
    for (const QJsonValue &item : value.toArray())
        set.insert(item.toString());
    return set;
}

} // namespace

HttpResponse hubspotJson(int status, const QJsonObject &body) {
    return HttpResponse::json(status, QJsonDocument(body),
                              QByteArrayLiteral("application/json;charset=utf-8"));
}

HttpResponse hubspotError(int status, const QString &category, const QString &message,
                          const QJsonObject &extra) {
    QJsonObject body{{QStringLiteral("status"), QStringLiteral("error")},
                     {QStringLiteral("message"), message},
                     {QStringLiteral("correlationId"), correlationId()}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    if (!category.isEmpty())
        body.insert(QStringLiteral("category"), category);
    HttpResponse response = hubspotJson(status, body);
    response.setHeader("x-hubspot-correlation-id",
                       body.value(QStringLiteral("correlationId")).toString().toLatin1());
    return response;
}

QString hubspotTimestamp(const QDateTime &time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject batchEnvelope(const QJsonArray &results, const QDateTime &startedAt) {
    return {{QStringLiteral("status"), QStringLiteral("COMPLETE")},
            {QStringLiteral("results"), results},
            {QStringLiteral("startedAt"), hubspotTimestamp(startedAt)},
            {QStringLiteral("completedAt"), hubspotTimestamp(QDateTime::currentDateTimeUtc())}};
}

HubSpotSimulator::HubSpotSimulator(const SandboxClock &clock)
    : m_clock(clock)
    , m_burst(clock, m_config.burstLimit, kBurstWindowMs)
    , m_daily(clock, m_config.dailyLimit, kDayMs)
    , m_search(clock, m_config.searchPerSecond, kSecondMs) {
    m_contacts.name = QStringLiteral("contacts");
    m_contacts.typeId = QStringLiteral("0-1");
    m_contacts.singular = QStringLiteral("CONTACT");
    m_contacts.indexedProperty = QStringLiteral("email");
    m_companies.name = QStringLiteral("companies");
    m_companies.typeId = QStringLiteral("0-2");
    m_companies.singular = QStringLiteral("COMPANY");
}

void HubSpotSimulator::applyConfig(const QJsonObject &patch) {
    auto intValue = [&patch](const char *key, int &target) {
        if (patch.contains(QLatin1String(key)))
            target = patch.value(QLatin1String(key)).toInt(target);
    };
    auto boolValue = [&patch](const char *key, bool &target) {
        if (patch.contains(QLatin1String(key)))
            target = patch.value(QLatin1String(key)).toBool(target);
    };
    intValue("burstLimit", m_config.burstLimit);
    intValue("dailyLimit", m_config.dailyLimit);
    intValue("searchPerSecond", m_config.searchPerSecond);
    intValue("batchLimit", m_config.batchLimit);
    boolValue("retryAfterOn429", m_config.retryAfterOn429);
    boolValue("acceptAnyToken", m_config.acceptAnyToken);
    boolValue("strictProperties", m_config.strictProperties);
    boolValue("companyDomainUnique", m_config.companyDomainUnique);
    if (patch.contains(QLatin1String("searchIndexDelayMs")))
        m_config.searchIndexDelayMs = patch.value(QLatin1String("searchIndexDelayMs")).toInteger();
    if (patch.contains(QLatin1String("validTokens")))
        m_config.validTokens = stringSet(patch.value(QLatin1String("validTokens")));
    if (patch.contains(QLatin1String("tokensWithoutScopes")))
        m_config.tokensWithoutScopes = stringSet(patch.value(QLatin1String("tokensWithoutScopes")));
    if (patch.contains(QLatin1String("extraContactProperties")))
        m_config.extraContactProperties = stringSet(patch.value(QLatin1String("extraContactProperties")));
    if (patch.contains(QLatin1String("extraCompanyProperties")))
        m_config.extraCompanyProperties = stringSet(patch.value(QLatin1String("extraCompanyProperties")));
}

QJsonObject HubSpotSimulator::configJson() const {
    return {{QStringLiteral("burstLimit"), m_config.burstLimit},
            {QStringLiteral("dailyLimit"), m_config.dailyLimit},
            {QStringLiteral("searchPerSecond"), m_config.searchPerSecond},
            {QStringLiteral("batchLimit"), m_config.batchLimit},
            {QStringLiteral("retryAfterOn429"), m_config.retryAfterOn429},
            {QStringLiteral("acceptAnyToken"), m_config.acceptAnyToken},
            {QStringLiteral("strictProperties"), m_config.strictProperties},
            {QStringLiteral("companyDomainUnique"), m_config.companyDomainUnique},
            {QStringLiteral("searchIndexDelayMs"), m_config.searchIndexDelayMs},
            {QStringLiteral("validTokens"), stringArray(m_config.validTokens)},
            {QStringLiteral("tokensWithoutScopes"), stringArray(m_config.tokensWithoutScopes)},
            {QStringLiteral("extraContactProperties"), stringArray(m_config.extraContactProperties)},
            {QStringLiteral("extraCompanyProperties"), stringArray(m_config.extraCompanyProperties)}};
}

std::optional<HttpResponse> HubSpotSimulator::checkAuth(const HttpRequest &request) {
    const QByteArray authorization = request.header("authorization");
    const QString token =
        authorization.startsWith("Bearer ") ? QString::fromUtf8(authorization.mid(7)).trimmed() : QString();
    const bool valid =
        !token.isEmpty() && (m_config.validTokens.contains(token) ||
                             m_config.tokensWithoutScopes.contains(token) || m_config.acceptAnyToken);
    if (!valid) {
        HttpResponse response = hubspotError(
            401, QStringLiteral("INVALID_AUTHENTICATION"),
            QStringLiteral(
                "Authentication credentials not found. This API supports both API Key and OAuth 2.0 "
                "authentication and you can find more details at "
                "https://developers.hubspot.com/docs/methods/auth/oauth-overview"));
        response.setHeader("x-hubspot-auth-failure", "401 Unauthorized");
        return response;
    }
    if (m_config.tokensWithoutScopes.contains(token)) {
        const QJsonObject context{{QStringLiteral("requiredGranularScopes"),
                                   QJsonArray{QStringLiteral("crm.objects.contacts.write"),
                                              QStringLiteral("crm.objects.companies.write")}}};
        return hubspotError(
            403, QStringLiteral("MISSING_SCOPES"),
            QStringLiteral(
                "This app hasn't been granted all required scopes to make this call. Read more about "
                "required scopes here: https://developers.hubspot.com/scopes."),
            {{QStringLiteral("errors"),
              QJsonArray{QJsonObject{{QStringLiteral("message"),
                                      QStringLiteral("One or more of the following scopes are required.")},
                                     {QStringLiteral("context"), context}}}},
             {QStringLiteral("links"),
              QJsonObject{
                  {QStringLiteral("scopes"), QStringLiteral("https://developers.hubspot.com/scopes")}}}});
    }
    return std::nullopt;
}

void HubSpotSimulator::addRateHeaders(HttpResponse &response) {
    response.setHeader("X-HubSpot-RateLimit-Daily", number(m_daily.limit()));
    response.setHeader("X-HubSpot-RateLimit-Daily-Remaining", number(m_daily.remaining()));
    response.setHeader("X-HubSpot-RateLimit-Interval-Milliseconds", number(m_burst.windowMs()));
    response.setHeader("X-HubSpot-RateLimit-Max", number(m_burst.limit()));
    response.setHeader("X-HubSpot-RateLimit-Remaining", number(m_burst.remaining()));
    // Deprecated and not enforced, but still sent.
    response.setHeader("X-HubSpot-RateLimit-Secondly", number(m_burst.limit() / 10));
    response.setHeader("X-HubSpot-RateLimit-Secondly-Remaining", number(m_burst.remaining() / 10));
}

HttpResponse HubSpotSimulator::rateLimitedResponse(const HttpRequest &request) {
    const bool search = request.path.endsWith(QLatin1String("/search"));
    const QString policy = search ? QStringLiteral("SECONDLY") : QStringLiteral("TEN_SECONDLY_ROLLING");
    const QString message = search ? QStringLiteral("You have reached your secondly limit.")
                                   : QStringLiteral("You have reached your ten_secondly_rolling limit.");
    HttpResponse response = hubspotError(429, {}, message,
                                         {{QStringLiteral("errorType"), QStringLiteral("RATE_LIMIT")},
                                          {QStringLiteral("policyName"), policy},
                                          {QStringLiteral("requestId"), correlationId()}});
    if (!search)
        addRateHeaders(response);
    if (m_config.retryAfterOn429) {
        const qint64 waitMs = search ? m_search.msUntilSlot() : m_burst.msUntilSlot();
        response.setHeader("Retry-After", number(std::max<qint64>(1, (waitMs + 999) / 1000)));
    }
    return response;
}

std::optional<HttpResponse> HubSpotSimulator::checkRateLimit(bool search) {
    m_burst.setLimit(m_config.burstLimit);
    m_daily.setLimit(m_config.dailyLimit);
    m_search.setLimit(m_config.searchPerSecond);
    HttpRequest probe;
    if (search) {
        // Search is exempt from the ten-secondly limit and has its own per-second one.
        if (!m_search.tryAcquire()) {
            probe.path = QStringLiteral("/search");
            return rateLimitedResponse(probe);
        }
        return std::nullopt;
    }
    if (m_daily.remaining() == 0) {
        HttpResponse response = hubspotError(429, {}, QStringLiteral("You have reached your daily limit."),
                                             {{QStringLiteral("errorType"), QStringLiteral("RATE_LIMIT")},
                                              {QStringLiteral("policyName"), QStringLiteral("DAILY")},
                                              {QStringLiteral("requestId"), correlationId()}});
        addRateHeaders(response);
        return response;
    }
    if (!m_burst.tryAcquire())
        return rateLimitedResponse(probe);
    m_daily.tryAcquire();
    return std::nullopt;
}

HttpResponse HubSpotSimulator::handle(const HttpRequest &request) {
    if (auto refused = checkAuth(request))
        return *refused;
    // Date-versioned paths (/crm/objects/2026-03/contacts/...) have the v3 shapes.
    static const QRegularExpression dated(QStringLiteral("^/crm/objects/\\d{4}-\\d{2}/"));
    QString path = request.path;
    path.replace(dated, QStringLiteral("/crm/v3/objects/"));
    const bool search = path.endsWith(QLatin1String("/search"));
    if (auto limited = checkRateLimit(search))
        return *limited;
    HttpResponse response = dispatch(request, path);
    if (!search)
        addRateHeaders(response);
    return response;
}

HttpResponse HubSpotSimulator::dispatch(const HttpRequest &request, const QString &path) {
    QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() >= 4 && segments.at(0) == QLatin1String("crm") &&
        segments.at(1) == QLatin1String("v3") && segments.at(2) == QLatin1String("objects")) {
        if (HubSpotObjectStore *store = storeFor(segments.at(3)))
            return objects(request, *store, segments.mid(4));
    }
    if (segments.size() >= 3 && segments.at(0) == QLatin1String("crm") &&
        segments.at(1) == QLatin1String("v4"))
        return associationsV4(request, segments.mid(2));
    return hubspotError(404, QStringLiteral("OBJECT_NOT_FOUND"),
                        QStringLiteral("Unable to infer object type from: ") + path);
}

HttpResponse HubSpotSimulator::errorResponse(int status) {
    if (status == 423) {
        return hubspotError(423, QStringLiteral("LOCKED"),
                            QStringLiteral("Too many requests to the same object type; try again shortly."));
    }
    if (status == 477) {
        HttpResponse response = hubspotError(477, QStringLiteral("MIGRATION_IN_PROGRESS"),
                                             QStringLiteral("Migration in progress."));
        response.setHeader("Retry-After", "1");
        return response;
    }
    if (status >= 500) {
        return hubspotError(status, QStringLiteral("INTERNAL_ERROR"), QStringLiteral("internal error"));
    }
    return hubspotError(status, QStringLiteral("VALIDATION_ERROR"),
                        QString::fromLatin1(reasonPhrase(status)));
}

QJsonObject HubSpotSimulator::state() const {
    auto storeJson = [this](const HubSpotObjectStore &store) {
        QJsonArray records;
        for (const HubSpotRecord &record : store.records)
            records.append(recordJson(store, record, allProperties(record)));
        return records;
    };
    QJsonArray associations;
    for (auto it = m_associations.cbegin(); it != m_associations.cend(); ++it) {
        QJsonArray types;
        for (int type : it.value())
            types.append(type);
        associations.append(QJsonObject{{QStringLiteral("contactId"), QString::number(it.key().first)},
                                        {QStringLiteral("companyId"), QString::number(it.key().second)},
                                        {QStringLiteral("types"), types}});
    }
    return {{QStringLiteral("contacts"), storeJson(m_contacts)},
            {QStringLiteral("companies"), storeJson(m_companies)},
            {QStringLiteral("associations"), associations},
            {QStringLiteral("config"), configJson()},
            {QStringLiteral("counters"), counters().toJson()}};
}

void HubSpotSimulator::reset() {
    m_contacts.clear();
    m_companies.clear();
    m_associations.clear();
    m_nextId = 1001;
    m_burst.reset();
    m_daily.reset();
    m_search.reset();
    counters().reset();
}

std::optional<HubSpotRecord> HubSpotSimulator::contactByEmail(const QString &email) const {
    for (const HubSpotRecord &record : m_contacts.records) {
        if (!record.archived &&
            record.properties.value(QStringLiteral("email")).compare(email, Qt::CaseInsensitive) == 0)
            return record;
    }
    return std::nullopt;
}

qint64 HubSpotSimulator::seedContact(const QMap<QString, QString> &properties) {
    return createRecord(m_contacts, properties).id;
}

qint64 HubSpotSimulator::seedCompany(const QMap<QString, QString> &properties) {
    return createRecord(m_companies, properties).id;
}

qint64 HubSpotSimulator::editContact(const QString &email, const QMap<QString, QString> &properties) {
    HubSpotRecord *record = m_contacts.findBy(QStringLiteral("email"), email);
    if (!record)
        return 0;
    updateRecord(*record, properties);
    return record->id;
}

QSet<int> HubSpotSimulator::associationTypes(qint64 contactId, qint64 companyId) const {
    return m_associations.value({contactId, companyId});
}

} // namespace prospector::sandbox

#include "lemlistsimulator.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>

namespace prospector::sandbox {

namespace {

constexpr qint64 kWindowMs = 2'000;

// JavaScript's Date.prototype.toString(), which lemlist uses for X-RateLimit-Reset.
QByteArray jsDateString(const QDateTime &utc) {
    return QLocale::c()
        .toString(utc.toUTC(),
                  QStringLiteral("ddd MMM dd yyyy hh:mm:ss 'GMT+0000 (Coordinated Universal Time)'"))
        .toLatin1();
}

QSet<QString> stringSet(const QJsonValue &value) {
    QSet<QString> set;
    for (const QJsonValue &item : value.toArray())
        set.insert(item.toString());
    return set;
}

} // namespace

HttpResponse lemlistJson(int status, const QJsonValue &value) {
    return HttpResponse::json(
        status, value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()),
        QByteArrayLiteral("application/json; charset=utf-8"));
}

QString lemlistId(const char *prefix) {
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString id = QString::fromLatin1(prefix);
    for (int i = 0; i < 17; ++i)
        id +=
            QLatin1Char(alphabet[QRandomGenerator::global()->bounded(static_cast<int>(sizeof alphabet - 1))]);
    return id;
}

LemlistSimulator::LemlistSimulator(const SandboxClock &clock)
    : m_clock(clock)
    , m_window(clock, m_config.rateLimit, kWindowMs) {}

void LemlistSimulator::applyConfig(const QJsonObject &patch) {
    if (patch.contains(QLatin1String("rateLimit")))
        m_config.rateLimit = patch.value(QLatin1String("rateLimit")).toInt(m_config.rateLimit);
    if (patch.contains(QLatin1String("campaignsWrapped")))
        m_config.campaignsWrapped = patch.value(QLatin1String("campaignsWrapped")).toBool();
    if (patch.contains(QLatin1String("otherCampaignStatus")))
        m_config.otherCampaignStatus = patch.value(QLatin1String("otherCampaignStatus")).toInt(409);
    if (patch.contains(QLatin1String("acceptAnyKey")))
        m_config.acceptAnyKey = patch.value(QLatin1String("acceptAnyKey")).toBool();
    if (patch.contains(QLatin1String("validKeys")))
        m_config.validKeys = stringSet(patch.value(QLatin1String("validKeys")));
    if (patch.contains(QLatin1String("blockedKeys")))
        m_config.blockedKeys = stringSet(patch.value(QLatin1String("blockedKeys")));
}

QJsonObject LemlistSimulator::configJson() const {
    return {{QStringLiteral("rateLimit"), m_config.rateLimit},
            {QStringLiteral("campaignsWrapped"), m_config.campaignsWrapped},
            {QStringLiteral("otherCampaignStatus"), m_config.otherCampaignStatus},
            {QStringLiteral("acceptAnyKey"), m_config.acceptAnyKey},
            {QStringLiteral("validKeys"), QJsonArray::fromStringList(m_config.validKeys.values())},
            {QStringLiteral("blockedKeys"), QJsonArray::fromStringList(m_config.blockedKeys.values())}};
}

std::optional<HttpResponse> LemlistSimulator::checkAuth(const HttpRequest &request) {
    QString key = request.query.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded);
    const QByteArray authorization = request.header("authorization");
    if (key.isEmpty() && authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        // Basic with an EMPTY user and the key as the password: ":key". "key:" or "user:key" is wrong.
        if (decoded.startsWith(':'))
            key = QString::fromUtf8(decoded.mid(1));
        else
            return HttpResponse::text(401, "The authentication you supplied is incorrect");
    } else if (key.isEmpty() && !authorization.isEmpty()) {
        return HttpResponse::text(401, "The authentication you supplied is incorrect");
    }
    if (key.isEmpty())
        return HttpResponse::text(400, "No API key provided");
    if (m_config.blockedKeys.contains(key))
        return HttpResponse::text(403, "User linked to this API key is blocked");
    if (!m_config.validKeys.contains(key) && !m_config.acceptAnyKey)
        return HttpResponse::text(401, "The authentication you supplied is incorrect");
    return std::nullopt;
}

void LemlistSimulator::addRateHeaders(HttpResponse &response) {
    response.setHeader("X-RateLimit-Limit", QByteArray::number(m_window.limit()));
    response.setHeader("X-RateLimit-Remaining", QByteArray::number(m_window.remaining()));
    const qint64 resetMs = std::max(m_window.msUntilReset(), m_window.windowMs());
    response.setHeader("X-RateLimit-Reset", jsDateString(QDateTime::currentDateTimeUtc().addMSecs(resetMs)));
}

HttpResponse LemlistSimulator::rateLimitedResponse(const HttpRequest &) {
    HttpResponse response = HttpResponse::text(429, "Too many requests");
    addRateHeaders(response);
    const qint64 waitMs = std::max<qint64>(m_window.msUntilSlot(), 1);
    response.setHeader("Retry-After", QByteArray::number(std::max<qint64>(1, (waitMs + 999) / 1000)));
    return response;
}

HttpResponse LemlistSimulator::errorResponse(int status) {
    if (status >= 500)
        return HttpResponse::text(status, "Internal Server Error");
    return HttpResponse::text(status, reasonPhrase(status));
}

HttpResponse LemlistSimulator::handle(const HttpRequest &request) {
    if (auto refused = checkAuth(request))
        return *refused;
    m_window.setLimit(m_config.rateLimit);
    if (!m_window.tryAcquire())
        return rateLimitedResponse(request);
    QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    HttpResponse response = !segments.isEmpty() && segments.constFirst() == QLatin1String("api")
                                ? dispatch(request, segments.mid(1))
                                : HttpResponse::text(404, "Not found");
    addRateHeaders(response);
    return response;
}

HttpResponse LemlistSimulator::dispatch(const HttpRequest &request, const QStringList &s) {
    const QByteArray &method = request.method;
    if (s.isEmpty())
        return HttpResponse::text(404, "Not found");
    const QString &head = s.constFirst();
    if (head == QLatin1String("team") && method == "GET") {
        return lemlistJson(
            200, QJsonObject{{QStringLiteral("_id"), kLemlistTeamId},
                             {QStringLiteral("name"), QStringLiteral("Sandbox team")},
                             {QStringLiteral("userIds"), QJsonArray{kLemlistUserId}},
                             {QStringLiteral("createdBy"), kLemlistUserId},
                             {QStringLiteral("createdAt"), QStringLiteral("2023-02-07T15:13:40.668Z")}});
    }
    if (head == QLatin1String("campaigns")) {
        if (s.size() == 1 && method == "GET")
            return listCampaigns(request);
        if (s.size() < 2)
            return HttpResponse::text(405, "Method not allowed");
        const LemlistCampaign *found = campaign(s.at(1));
        if (!found)
            return HttpResponse::text(404, "Campaign not found");
        if (s.size() == 2 && method == "GET")
            return lemlistJson(200, campaignJson(*found));
        if (s.size() == 3 && (s.at(2) == QLatin1String("pause") || s.at(2) == QLatin1String("start")) &&
            method == "POST") {
            const bool pause = s.at(2) == QLatin1String("pause");
            for (LemlistCampaign &item : m_campaigns) {
                if (item.id == found->id)
                    item.status = pause ? QStringLiteral("paused") : QStringLiteral("running");
            }
            return lemlistJson(200,
                               QJsonObject{{QStringLiteral("_id"), found->id},
                                           {QStringLiteral("state"),
                                            pause ? QStringLiteral("paused") : QStringLiteral("running")}});
        }
        if (s.size() >= 3 && s.at(2) == QLatin1String("leads"))
            return campaignLeads(request, *found, s.mid(3));
        return HttpResponse::text(405, "Method not allowed");
    }
    if (head == QLatin1String("leads"))
        return getLeads(request, s.mid(1));
    if (head == QLatin1String("unsubscribes"))
        return unsubscribes(request, s.mid(1), false);
    if (head == QLatin1String("v2") && s.size() >= 3 && s.at(1) == QLatin1String("unsubscribes") &&
        s.at(2) == QLatin1String("variables"))
        return unsubscribes(request, s.mid(3), true);
    if (head == QLatin1String("activities") && method == "GET")
        return listActivities(request);
    if (head == QLatin1String("inbox") && s.size() == 2 && method == "GET")
        return inbox(request, s.at(1));
    return HttpResponse::text(404, "Not found");
}

HttpResponse LemlistSimulator::listCampaigns(const HttpRequest &request) {
    const QUrlQuery &query = request.query;
    const int limit = query.hasQueryItem(QStringLiteral("limit"))
                          ? std::clamp(query.queryItemValue(QStringLiteral("limit")).toInt(), 1, 100)
                          : 100;
    int offset = std::max(0, query.queryItemValue(QStringLiteral("offset")).toInt());
    const int page = query.queryItemValue(QStringLiteral("page")).toInt();
    if (page > 1)
        offset = (page - 1) * limit;
    const QString status = query.queryItemValue(QStringLiteral("status"));
    QList<const LemlistCampaign *> selected;
    for (const LemlistCampaign &item : m_campaigns) {
        if (status.isEmpty() || item.status == status)
            selected.append(&item);
    }
    if (query.queryItemValue(QStringLiteral("sortOrder")) == QLatin1String("desc"))
        std::reverse(selected.begin(), selected.end());
    QJsonArray campaigns;
    for (qsizetype i = offset; i < selected.size() && campaigns.size() < limit; ++i)
        campaigns.append(campaignJson(*selected.at(i)));
    if (!m_config.campaignsWrapped)
        return lemlistJson(200, campaigns);
    const int total = static_cast<int>(selected.size());
    const int totalPages = std::max(1, (total + limit - 1) / limit);
    const int currentPage = offset / limit + 1;
    const QJsonObject pagination{
        {QStringLiteral("totalRecords"), total},
        {QStringLiteral("currentPage"), currentPage},
        {QStringLiteral("nextPage"), currentPage < totalPages ? QJsonValue(currentPage + 1) : QJsonValue()},
        {QStringLiteral("totalPage"), totalPages}};
    return lemlistJson(200, QJsonObject{{QStringLiteral("campaigns"), campaigns},
                                        {QStringLiteral("pagination"), pagination}});
}

const LemlistCampaign *LemlistSimulator::campaign(const QString &id) const {
    for (const LemlistCampaign &item : m_campaigns) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

QJsonObject LemlistSimulator::campaignJson(const LemlistCampaign &item) const {
    return {{QStringLiteral("_id"), item.id},
            {QStringLiteral("name"), item.name},
            {QStringLiteral("labels"), QJsonArray{}},
            {QStringLiteral("createdAt"), item.createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("createdBy"), kLemlistUserId},
            {QStringLiteral("teamId"), kLemlistTeamId},
            {QStringLiteral("status"), item.status}};
}

QString LemlistSimulator::addCampaign(const QString &campaignName, const QString &status, const QString &id) {
    LemlistCampaign item;
    item.id = id.isEmpty() ? lemlistId("cam_") : id;
    item.name = campaignName;
    item.status = status;
    item.createdAt = QDateTime::currentDateTimeUtc();
    m_campaigns.append(item);
    return item.id;
}

QJsonObject LemlistSimulator::state() const {
    QJsonArray campaigns;
    for (const LemlistCampaign &item : m_campaigns)
        campaigns.append(campaignJson(item));
    QJsonArray leads;
    for (const LemlistLead &lead : m_leads) {
        QJsonObject object = leadJson(lead);
        object.insert(QStringLiteral("unsubscribed"), lead.unsubscribed);
        object.insert(QStringLiteral("state"), lead.state);
        leads.append(object);
    }
    QJsonArray activities;
    for (const LemlistActivity &activity : m_activities)
        activities.append(activityJson(activity));
    QJsonArray unsubscribed;
    for (const LemlistUnsubscribe &entry : m_unsubscribes)
        unsubscribed.append(QJsonObject{{QStringLiteral("_id"), entry.id},
                                        {QStringLiteral("value"), entry.value},
                                        {QStringLiteral("source"), entry.source}});
    return {{QStringLiteral("campaigns"), campaigns},   {QStringLiteral("leads"), leads},
            {QStringLiteral("activities"), activities}, {QStringLiteral("unsubscribes"), unsubscribed},
            {QStringLiteral("config"), configJson()},   {QStringLiteral("counters"), counters().toJson()}};
}

void LemlistSimulator::reset() {
    m_campaigns.clear();
    m_leads.clear();
    m_activities.clear();
    m_unsubscribes.clear();
    m_contactIds.clear();
    m_window.reset();
    counters().reset();
}

} // namespace prospector::sandbox

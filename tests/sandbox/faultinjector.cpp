#include "faultinjector.h"

#include <QJsonArray>

namespace prospector::sandbox {

namespace {

struct KindName {
    FaultKind kind;
    const char *name;
};

constexpr KindName kKindNames[] = {
    {FaultKind::Status, "status"},       {FaultKind::RateLimit, "rate_limit"},
    {FaultKind::Hang, "hang"},           {FaultKind::Delay, "delay"},
    {FaultKind::Reset, "reset"},         {FaultKind::Truncate, "truncate"},
    {FaultKind::HtmlBadGateway, "html"}, {FaultKind::MalformedJson, "malformed_json"},
};

} // namespace

QString faultKindName(FaultKind kind) {
    for (const auto &entry : kKindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<FaultKind> faultKindFromName(const QString &name) {
    for (const auto &entry : kKindNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

bool FaultRule::matches(const QString &requestService, const QString &requestMethod,
                        const QString &path) const {
    if (service != QLatin1String("*") && service != requestService)
        return false;
    if (!method.isEmpty() && method.compare(requestMethod, Qt::CaseInsensitive) != 0)
        return false;
    return pathPrefix.isEmpty() || path.startsWith(pathPrefix);
}

QJsonObject FaultRule::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("service"), service},
            {QStringLiteral("method"), method},
            {QStringLiteral("path"), pathPrefix},
            {QStringLiteral("kind"), faultKindName(kind)},
            {QStringLiteral("status"), status},
            {QStringLiteral("times"), times},
            {QStringLiteral("skip"), skip},
            {QStringLiteral("delayMs"), delayMs},
            {QStringLiteral("apply"), applyRequest},
            {QStringLiteral("retryAfter"), retryAfter},
            {QStringLiteral("retryAfterHttpDate"), retryAfterHttpDate},
            {QStringLiteral("probability"), probability},
            {QStringLiteral("hits"), hits}};
}

std::optional<FaultRule> FaultRule::fromJson(const QJsonObject &object, QString *error) {
    FaultRule rule;
    rule.service = object.value(QStringLiteral("service")).toString(QStringLiteral("*"));
    const QStringList services = {QStringLiteral("*"), QStringLiteral("hubspot"), QStringLiteral("lemlist"),
                                  QStringLiteral("explorium")};
    if (!services.contains(rule.service)) {
        *error = QStringLiteral("unknown service: ") + rule.service;
        return std::nullopt;
    }
    const auto kind = faultKindFromName(object.value(QStringLiteral("kind")).toString());
    if (!kind) {
        *error = QStringLiteral("kind must be one of status, rate_limit, hang, delay, reset, truncate, html, "
                                "malformed_json");
        return std::nullopt;
    }
    rule.kind = *kind;
    rule.method = object.value(QStringLiteral("method")).toString();
    rule.pathPrefix = object.value(QStringLiteral("path")).toString();
    rule.status = object.value(QStringLiteral("status")).toInt(500);
    rule.times = object.value(QStringLiteral("times")).toInt(1);
    rule.skip = object.value(QStringLiteral("skip")).toInt(0);
    rule.delayMs = object.value(QStringLiteral("delayMs")).toInt(0);
    rule.applyRequest = object.value(QStringLiteral("apply")).toBool(false);
    rule.retryAfter = object.value(QStringLiteral("retryAfter")).toInt(-1);
    rule.retryAfterHttpDate = object.value(QStringLiteral("retryAfterHttpDate")).toBool(false);
    rule.probability = object.value(QStringLiteral("probability")).toDouble(1.0);
    if (rule.probability <= 0.0 || rule.probability > 1.0) {
        *error = QStringLiteral("probability must be in (0, 1]");
        return std::nullopt;
    }
    if (rule.status < 100 || rule.status > 599 || rule.times == 0 || rule.times < -1 || rule.skip < 0 ||
        rule.delayMs < 0) {
        *error = QStringLiteral("status must be 100-599, times -1 or >= 1, skip and delayMs >= 0");
        return std::nullopt;
    }
    return rule;
}

int FaultInjector::add(FaultRule rule) {
    rule.id = m_nextId++;
    rule.hits = 0;
    m_rules.append(rule);
    return rule.id;
}

bool FaultInjector::remove(int id) {
    return m_rules.removeIf([id](const FaultRule &rule) { return rule.id == id; }) > 0;
}

void FaultInjector::clear() {
    m_rules.clear();
}

std::optional<FaultRule> FaultInjector::take(const QString &service, const QString &method,
                                             const QString &path) {
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        FaultRule &rule = m_rules[i];
        if (!rule.matches(service, method, path))
            continue;
        if (rule.skip > 0) {
            --rule.skip;
            continue;
        }
        if (rule.probability < 1.0 && m_random.generateDouble() >= rule.probability)
            continue;
        ++rule.hits;
        FaultRule fired = rule;
        if (rule.times > 0 && --rule.times == 0)
            m_rules.removeAt(i);
        return fired;
    }
    return std::nullopt;
}

QJsonObject FaultInjector::toJson() const {
    QJsonArray rules;
    for (const FaultRule &rule : m_rules)
        rules.append(rule.toJson());
    return {{QStringLiteral("faults"), rules}};
}

} // namespace prospector::sandbox

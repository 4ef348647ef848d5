// Explorium matching (CONTRACTS.md 3.3.1-3.3.2): deterministic IDs, input order kept, null IDs for
// misses, optional per-item errors.
#include "exploriumsimulator.h"

#include <QUrl>

namespace prospector::sandbox {

namespace {

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
        QJsonObject result{
            {QStringLiteral("input"), input},
            {QStringLiteral("business_id"), businessId.isEmpty() ? QJsonValue() : QJsonValue(businessId)}};
        if (m_config.matchErrors.contains(domain)) {
            m_businesses.remove(businessId);
            businessId.clear();
            result.insert(QStringLiteral("business_id"), QJsonValue());
            result.insert(QStringLiteral("error"), QStringLiteral("Could not process this input"));
            result.insert(QStringLiteral("error_type"), QStringLiteral("processing_error"));
        }
        results.append(result);
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
        QJsonObject result{
            {QStringLiteral("input"), input},
            {QStringLiteral("prospect_id"), prospectId.isEmpty() ? QJsonValue() : QJsonValue(prospectId)}};
        if (m_config.matchErrors.contains(key.toLower())) {
            m_prospects.remove(prospectId);
            prospectId.clear();
            result.insert(QStringLiteral("prospect_id"), QJsonValue());
            result.insert(QStringLiteral("error"), QStringLiteral("Could not process this input"));
            result.insert(QStringLiteral("error_type"), QStringLiteral("processing_error"));
        }
        results.append(result);
        matches += prospectId.isEmpty() ? 0 : 1;
    }
    return exploriumJson(
        200, {{QStringLiteral("response_context"),
               exploriumContext(matches > 0 ? QStringLiteral("success") : QStringLiteral("miss"))},
              {QStringLiteral("total_results"), results.size()},
              {QStringLiteral("total_matches"), matches},
              {QStringLiteral("matched_prospects"), results}});
}

} // namespace prospector::sandbox

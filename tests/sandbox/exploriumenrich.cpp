// Explorium enrichment: firmographics of matched businesses and contact information of matched
// prospects, single and bulk (1-50 IDs), each call charging credits (CONTRACTS.md 3.3.3-3.3.4).
#include "exploriumsimulator.h"

#include <QCryptographicHash>

namespace prospector::sandbox {

namespace {

const QStringList kEmployeeRanges = {QStringLiteral("1-10"),       QStringLiteral("11-50"),
                                     QStringLiteral("51-200"),     QStringLiteral("201-500"),
                                     QStringLiteral("501-1000"),   QStringLiteral("1001-5000"),
                                     QStringLiteral("5001-10000"), QStringLiteral("10001+")};
const QStringList kRevenueRanges = {QStringLiteral("0-500K"),   QStringLiteral("500K-1M"),
                                    QStringLiteral("1M-5M"),    QStringLiteral("5M-10M"),
                                    QStringLiteral("10M-25M"),  QStringLiteral("25M-75M"),
                                    QStringLiteral("75M-200M"), QStringLiteral("200M-500M")};

// A stable small number per ID, so the same business always gets the same made-up facts.
int pick(const QString &id, int modulo) {
    const QByteArray hash = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Md5);
    return static_cast<unsigned char>(hash.at(0)) % modulo;
}

QString capitalized(const QString &word) {
    return word.isEmpty() ? word : word.at(0).toUpper() + word.mid(1);
}

} // namespace

bool ExploriumSimulator::charge(int credits) {
    if (m_creditsUsed + credits > m_config.credits)
        return false;
    m_creditsUsed += credits;
    return true;
}

int ExploriumSimulator::contactCost(const QJsonObject &body, bool *emails, bool *phones) {
    const QJsonValue parameters = body.value(QStringLiteral("parameters"));
    const QJsonArray types = parameters.toObject().value(QStringLiteral("contact_types")).toArray();
    *emails = types.isEmpty() || types.contains(QStringLiteral("email"));
    *phones = types.isEmpty() || types.contains(QStringLiteral("phone"));
    return *emails && !*phones ? 2 : 5; // email only: 2; phone, both or left out: 5
}

QJsonObject ExploriumSimulator::firmographics(const QString &businessId) const {
    const QString domain = m_businesses.value(businessId);
    const QString name = capitalized(domain.section(QLatin1Char('.'), 0, 0));
    return {
        {QStringLiteral("business_id"), businessId},
        {QStringLiteral("name"), name},
        {QStringLiteral("business_description"),
         QString(name + QStringLiteral(" builds software for teams."))},
        {QStringLiteral("website"), QString(QStringLiteral("https://www.") + domain)},
        {QStringLiteral("country_name"), QStringLiteral("united states")},
        {QStringLiteral("region_name"), QStringLiteral("california")},
        {QStringLiteral("city_name"), QStringLiteral("san francisco")},
        {QStringLiteral("street"), QStringLiteral("1 market street")},
        {QStringLiteral("zip_code"), QStringLiteral("94105")},
        {QStringLiteral("naics"), QStringLiteral("511210")},
        {QStringLiteral("naics_description"), QStringLiteral("Software Publishers")},
        {QStringLiteral("sic_code"), QStringLiteral("7372")},
        {QStringLiteral("sic_code_description"), QStringLiteral("Prepackaged Software")},
        {QStringLiteral("ticker"), QJsonValue()},
        {QStringLiteral("number_of_employees_range"),
         kEmployeeRanges.at(pick(businessId, kEmployeeRanges.size()))},
        {QStringLiteral("yearly_revenue_range"), kRevenueRanges.at(pick(businessId, kRevenueRanges.size()))},
        {QStringLiteral("linkedin_industry_category"), QStringLiteral("software development")},
        {QStringLiteral("linkedin_profile"), QString(QStringLiteral("https://www.linkedin.com/company/") +
                                                     domain.section(QLatin1Char('.'), 0, 0))},
        {QStringLiteral("business_logo"),
         QString(QStringLiteral("https://logo.example/") + domain + QStringLiteral(".png"))},
        {QStringLiteral("locations_distribution"), QJsonArray{}}};
}

QJsonObject ExploriumSimulator::contactInformation(const QString &prospectId, bool emails,
                                                   bool phones) const {
    const ExploriumProspect prospect = m_prospects.value(prospectId);
    QString email = prospect.email;
    if (email.isEmpty()) {
        const QString first = prospect.fullName.section(QLatin1Char(' '), 0, 0).toLower();
        const QString company = prospect.companyName.toLower().remove(QLatin1Char(' '));
        email = (first.isEmpty() ? QStringLiteral("contact") : first) + QLatin1Char('@') +
                (company.isEmpty() ? QStringLiteral("example.com") : company + QStringLiteral(".com"));
    }
    QJsonObject data;
    if (emails) {
        data.insert(QStringLiteral("emails"),
                    QJsonArray{QJsonObject{{QStringLiteral("address"), email},
                                           {QStringLiteral("type"), QStringLiteral("professional")}}});
        // "professions_email" (sic) is Explorium's documented name; the drift switch renames it.
        data.insert(m_config.driftedFieldNames ? QStringLiteral("professional_email")
                                               : QStringLiteral("professions_email"),
                    email);
        data.insert(QStringLiteral("professional_email_status"), QStringLiteral("valid"));
    }
    if (phones) {
        const QString phone =
            QStringLiteral("+1415555%1").arg(pick(prospectId, 10000), 4, 10, QLatin1Char('0'));
        data.insert(QStringLiteral("phone_numbers"),
                    QJsonArray{QJsonObject{{QStringLiteral("phone_number"), phone}}});
        data.insert(QStringLiteral("mobile_phone"), phone);
    }
    return data;
}

HttpResponse ExploriumSimulator::bulkFirmographics(const QJsonObject &body) {
    if (auto invalid = exploriumCheckList(body, QStringLiteral("business_ids")))
        return *invalid;
    QStringList known;
    for (const QJsonValue &value : body.value(QStringLiteral("business_ids")).toArray()) {
        if (m_businesses.contains(value.toString()))
            known.append(value.toString());
    }
    if (!charge(static_cast<int>(known.size()) * m_config.firmographicsCost))
        return exploriumError(
            403, QStringLiteral("You have insufficient credits to perform this operation. Please "
                                "purchase additional credits."));
    QJsonArray data;
    for (const QString &id : std::as_const(known))
        data.append(
            QJsonObject{{QStringLiteral("business_id"), id}, {QStringLiteral("data"), firmographics(id)}});
    m_enrichedRecords += static_cast<int>(known.size());
    return exploriumJson(
        200, {{QStringLiteral("response_context"),
               exploriumContext(known.isEmpty() ? QStringLiteral("miss") : QStringLiteral("success"))},
              {QStringLiteral("data"), data},
              {QStringLiteral("total_results"), data.size()}});
}

HttpResponse ExploriumSimulator::bulkContacts(const QJsonObject &body) {
    if (auto invalid = exploriumCheckList(body, QStringLiteral("prospect_ids")))
        return *invalid;
    bool emails = true;
    bool phones = true;
    const int cost = contactCost(body, &emails, &phones);
    QStringList known;
    for (const QJsonValue &value : body.value(QStringLiteral("prospect_ids")).toArray()) {
        if (m_prospects.contains(value.toString()))
            known.append(value.toString());
    }
    if (!charge(static_cast<int>(known.size()) * cost))
        return exploriumError(
            403, QStringLiteral("You have insufficient credits to perform this operation. Please "
                                "purchase additional credits."));
    QJsonArray data;
    for (const QString &id : std::as_const(known)) {
        data.append(QJsonObject{{QStringLiteral("prospect_id"), id},
                                {QStringLiteral("data"), contactInformation(id, emails, phones)}});
    }
    m_enrichedRecords += static_cast<int>(known.size());
    return exploriumJson(
        200, {{QStringLiteral("response_context"),
               exploriumContext(known.isEmpty() ? QStringLiteral("miss") : QStringLiteral("success"))},
              {QStringLiteral("data"), data},
              {QStringLiteral("total_results"), data.size()}});
}

HttpResponse ExploriumSimulator::singleFirmographics(const QJsonObject &body) {
    const QString id = body.value(QStringLiteral("business_id")).toString();
    if (id.isEmpty())
        return exploriumValidation(QStringLiteral("business_id"), QStringLiteral("field required"),
                                   QStringLiteral("value_error.missing"));
    const bool known = m_businesses.contains(id);
    if (known && !charge(m_config.firmographicsCost))
        return exploriumError(
            403, QStringLiteral("You have insufficient credits to perform this operation. Please "
                                "purchase additional credits."));
    m_enrichedRecords += known ? 1 : 0;
    return exploriumJson(
        200, {{QStringLiteral("response_context"),
               exploriumContext(known ? QStringLiteral("success") : QStringLiteral("miss"))},
              {QStringLiteral("data"), known ? QJsonValue(firmographics(id)) : QJsonValue(QJsonArray{})},
              {QStringLiteral("entity_id"), id}});
}

HttpResponse ExploriumSimulator::singleContacts(const QJsonObject &body) {
    const QString id = body.value(QStringLiteral("prospect_id")).toString();
    if (id.isEmpty())
        return exploriumValidation(QStringLiteral("prospect_id"), QStringLiteral("field required"),
                                   QStringLiteral("value_error.missing"));
    bool emails = true;
    bool phones = true;
    const int cost = contactCost(body, &emails, &phones);
    const bool known = m_prospects.contains(id);
    if (known && !charge(cost))
        return exploriumError(
            403, QStringLiteral("You have insufficient credits to perform this operation. Please "
                                "purchase additional credits."));
    m_enrichedRecords += known ? 1 : 0;
    return exploriumJson(
        200, {{QStringLiteral("response_context"),
               exploriumContext(known ? QStringLiteral("success") : QStringLiteral("miss"))},
              {QStringLiteral("data"), known ? contactInformation(id, emails, phones) : QJsonObject{}},
              {QStringLiteral("entity_id"), id}});
}

} // namespace prospector::sandbox

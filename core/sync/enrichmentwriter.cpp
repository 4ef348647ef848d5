#include "sync/enrichmentwriter.h"

#include "explorium/exploriumtypes.h"
#include "importing/normalizer.h"
#include "storage/activityrepository.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "sync/clock.h"
#include "sync/dataqualityscore.h"
#include "sync/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace prospector::sync {
namespace {

QString compact(const QJsonValue &value) {
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QVariant &value) {
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QString str(const QJsonObject &o, const char *key) {
    return o.value(QLatin1StringView(key)).toString().trimmed();
}

// "united states" -> "United States": Explorium sends country names in lower case.
QString titleCase(const QString &text) {
    QString result = text;
    bool start = true;
    for (QChar &c : result) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = c.isSpace() || c == QLatin1Char('-');
    }
    return result;
}

// The address Explorium reports as the person's work e-mail: professions_email, else the first
// professional one, else the first at all.
QString professionalEmail(const QJsonObject &contact) {
    const QString direct = str(contact, "professional_email");
    if (!direct.isEmpty())
        return importing::normalize::email(direct);
    const QJsonArray emails = contact.value(QStringLiteral("emails")).toArray();
    QString first;
    for (const QJsonValue &value : emails) {
        const QJsonObject email = value.toObject();
        const QString address = importing::normalize::email(str(email, "address"));
        if (address.isEmpty())
            continue;
        if (str(email, "type").contains(QLatin1String("professional")))
            return address;
        if (first.isEmpty())
            first = address;
    }
    return first;
}

QString bestPhone(const QJsonObject &contact) {
    const QString mobile = str(contact, "mobile_phone");
    if (!mobile.isEmpty())
        return mobile;
    const QJsonArray phones = contact.value(QStringLiteral("phone_numbers")).toArray();
    return phones.isEmpty() ? QString() : phones.first().toString().trimmed();
}

} // namespace

QJsonObject EnrichmentOutcome::toJson() const {
    return {{QStringLiteral("matched"), matched},
            {QStringLiteral("id"), remoteId},
            {QStringLiteral("data"), data}};
}

EnrichmentOutcome EnrichmentOutcome::fromJson(const QJsonObject &json) {
    EnrichmentOutcome outcome;
    outcome.matched = json.value(QStringLiteral("matched")).toBool();
    outcome.remoteId = json.value(QStringLiteral("id")).toString();
    outcome.data = json.value(QStringLiteral("data")).toObject();
    return outcome;
}

QJsonObject EnrichmentOutcome::contactJson(const explorium::ContactInformation &c) {
    QJsonArray emails;
    for (const explorium::ContactEmail &e : c.emails)
        emails.append(QJsonObject{{QStringLiteral("address"), e.address}, {QStringLiteral("type"), e.type}});
    QJsonObject o{{QStringLiteral("emails"), emails},
                  {QStringLiteral("phone_numbers"), QJsonArray::fromStringList(c.phoneNumbers)}};
    if (!c.professionalEmail.isEmpty())
        o.insert(QStringLiteral("professional_email"), c.professionalEmail);
    if (!c.professionalEmailStatus.isEmpty())
        o.insert(QStringLiteral("professional_email_status"), c.professionalEmailStatus);
    if (!c.mobilePhone.isEmpty())
        o.insert(QStringLiteral("mobile_phone"), c.mobilePhone);
    return o;
}

QJsonObject EnrichmentOutcome::companyJson(const explorium::Firmographics &f) {
    QJsonObject o;
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1StringView(key), value);
    };
    put("name", f.name);
    put("description", f.description);
    put("website", f.website);
    put("country", titleCase(f.countryName));
    put("region", titleCase(f.regionName));
    put("city", titleCase(f.cityName));
    put("naics", f.naics);
    put("naics_description", f.naicsDescription);
    put("employees", f.numberOfEmployeesRange);
    put("revenue", f.yearlyRevenueRange);
    put("industry", f.linkedinIndustryCategory);
    put("linkedin", f.linkedinProfile);
    return o;
}

EnrichmentWriter::EnrichmentWriter(const storage::Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock) {}

bool EnrichmentWriter::writeProspect(Transaction &transaction, qint64 prospectId,
                                     const EnrichmentOutcome &outcome, QString *error) {
    QSqlQuery query(transaction.connection());
    if (!storage::exec(query, QStringLiteral("SELECT email, phone FROM prospects WHERE id = ?"), {prospectId},
                       error))
        return false;
    if (!query.next())
        return true; // deleted since it was queued: nothing to enrich
    const QString email = query.value(0).toString();
    const QString phone = query.value(1).toString();
    const qint64 now = m_clock.nowMs();

    QString newEmail = email;
    QString newPhone = phone;
    QStringList filled;
    if (outcome.matched) {
        const QString found = professionalEmail(outcome.data);
        if (email.isEmpty() && importing::normalize::isValidEmail(found)) {
            // The address is an identity (unique): never take one another prospect already has.
            if (!storage::exec(query, QStringLiteral("SELECT 1 FROM prospects WHERE email = ? AND id != ?"),
                               {found, prospectId}, error))
                return false;
            if (!query.next()) {
                newEmail = found;
                filled << QStringLiteral("email");
            }
        }
        const QString foundPhone = bestPhone(outcome.data);
        if (phone.trimmed().isEmpty() && !foundPhone.isEmpty()) {
            newPhone = foundPhone;
            filled << QStringLiteral("phone");
        }
    }
    if (!storage::exec(
            query,
            QStringLiteral("UPDATE prospects SET email = nullif(?, ''), phone = ?, phone_key = ?, "
                           "stage = CASE WHEN ? AND stage = 'new' THEN 'enriched' ELSE stage END, "
                           "company_id = coalesce(company_id, (SELECT c.id FROM companies c "
                           "WHERE c.domain = prospects.company_domain)), updated_at = ? WHERE id = ?"),
            {newEmail, newPhone, importing::normalize::phoneKey(newPhone), outcome.matched, now, prospectId},
            error))
        return false;
    const QVariant remoteId =
        outcome.remoteId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(outcome.remoteId);
    if (!storage::exec(
            query,
            QStringLiteral(
                "INSERT INTO prospect_enrichment (prospect_id, status, source, explorium_id, data_json, "
                "filled_json, enriched_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(prospect_id) DO "
                "UPDATE SET status = excluded.status, source = excluded.source, "
                "explorium_id = excluded.explorium_id, data_json = excluded.data_json, "
                "filled_json = excluded.filled_json, enriched_at = excluded.enriched_at"),
            {prospectId, outcome.matched ? QStringLiteral("enriched") : QStringLiteral("no_match"),
             outcome.fromCache ? QStringLiteral("cache") : QStringLiteral("explorium"), remoteId,
             compact(outcome.data), compact(QJsonArray::fromStringList(filled)), now},
            error))
        return false;
    if (!rescore(transaction, prospectId, error))
        return false;

    storage::Activity activity;
    activity.prospectId = prospectId;
    activity.occurredAt = now;
    activity.kind = outcome.matched ? QStringLiteral("enriched") : QStringLiteral("enrichment_no_match");
    activity.summary =
        outcome.matched
            ? (filled.isEmpty()
                   ? QCoreApplication::translate("EnrichmentWriter", "Enriched by Explorium")
                   : QCoreApplication::translate("EnrichmentWriter", "Enriched by Explorium (filled: %1)")
                         .arg(filled.join(QStringLiteral(", "))))
            : QCoreApplication::translate("EnrichmentWriter", "Enrichment: no match in Explorium");
    activity.payload = {{QStringLiteral("filled"), QJsonArray::fromStringList(filled)},
                        {QStringLiteral("fromCache"), outcome.fromCache}};
    if (!outcome.remoteId.isEmpty())
        activity.payload.insert(QStringLiteral("exploriumId"), outcome.remoteId);
    return storage::ActivityRepository(m_database).add(activity, error) != 0;
}

bool EnrichmentWriter::writeCompany(Transaction &transaction, const QString &domain, const QString &name,
                                    const EnrichmentOutcome &outcome, QString *error) {
    if (!outcome.matched || domain.isEmpty())
        return true; // nothing known about the company: nothing to fill
    const QJsonObject &d = outcome.data;
    const qint64 now = m_clock.nowMs();
    QJsonObject stored = d;
    stored.insert(QStringLiteral("business_id"), outcome.remoteId);
    stored.insert(QStringLiteral("enriched_at"), now);
    QSqlQuery query(transaction.connection());
    const QString companyName = name.trimmed().isEmpty() ? str(d, "name") : name.trimmed();
    if (!storage::exec(
            query,
            QStringLiteral(
                "INSERT INTO companies (name, domain, website, industry, size, country, enrichment_json, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(domain) WHERE domain IS NOT NULL DO UPDATE SET "
                "name = CASE WHEN name = '' THEN excluded.name ELSE name END, "
                "website = CASE WHEN website = '' THEN excluded.website ELSE website END, "
                "industry = CASE WHEN industry = '' THEN excluded.industry ELSE industry END, "
                "size = CASE WHEN size = '' THEN excluded.size ELSE size END, "
                "country = CASE WHEN country = '' THEN excluded.country ELSE country END, "
                "enrichment_json = excluded.enrichment_json, updated_at = excluded.updated_at"),
            {companyName, domain, str(d, "website"), str(d, "industry"), str(d, "employees"),
             str(d, "country"), compact(stored), now, now},
            error))
        return false;
    // Prospects of the company get its link and, where they have none, its industry and size.
    if (!storage::exec(
            query,
            QStringLiteral("UPDATE prospects SET company_id = coalesce(company_id, "
                           "(SELECT id FROM companies WHERE domain = ?)), "
                           "industry = CASE WHEN industry = '' THEN ? ELSE industry END, "
                           "company_size = CASE WHEN company_size = '' THEN ? ELSE company_size END, "
                           "updated_at = ? WHERE company_domain = ? AND (company_id IS NULL OR "
                           "industry = '' OR company_size = '')"),
            {domain, str(d, "industry"), str(d, "employees"), now, domain}, error))
        return false;
    // Enriched prospects of the company: their quality depends on its firmographics.
    if (!storage::exec(query,
                       QStringLiteral("SELECT e.prospect_id FROM prospect_enrichment e JOIN prospects p "
                                      "ON p.id = e.prospect_id WHERE p.company_domain = ?"),
                       {domain}, error))
        return false;
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    for (qint64 id : std::as_const(ids)) {
        if (!rescore(transaction, id, error))
            return false;
    }
    return true;
}

bool EnrichmentWriter::rescore(Transaction &transaction, qint64 prospectId, QString *error) {
    QSqlQuery query(transaction.connection());
    if (!storage::exec(
            query,
            QStringLiteral("SELECT p.email, p.phone, p.linkedin_url, p.first_name, p.last_name, p.title, "
                           "p.company_name, p.company_domain, p.industry, p.company_size, p.country, "
                           "c.industry, c.size, c.country, e.data_json FROM prospects p "
                           "LEFT JOIN companies c ON c.domain = p.company_domain "
                           "LEFT JOIN prospect_enrichment e ON e.prospect_id = p.id WHERE p.id = ?"),
            {prospectId}, error))
        return false;
    if (!query.next())
        return true;
    auto either = [&query](int own, int company) {
        const QString value = query.value(own).toString();
        return value.trimmed().isEmpty() ? query.value(company).toString() : value;
    };
    QualityInput in;
    in.email = query.value(0).toString();
    in.phone = query.value(1).toString();
    in.linkedinUrl = query.value(2).toString();
    in.firstName = query.value(3).toString();
    in.lastName = query.value(4).toString();
    in.title = query.value(5).toString();
    in.companyName = query.value(6).toString();
    in.companyDomain = query.value(7).toString();
    in.industry = either(8, 11);
    in.companySize = either(9, 12);
    in.country = either(10, 13);
    // The status Explorium gave is about its professional address; it verifies ours only if equal.
    const QJsonObject contact = parseObject(query.value(14));
    if (!in.email.isEmpty() && professionalEmail(contact) == importing::normalize::email(in.email))
        in.emailStatus = str(contact, "professional_email_status");
    const QualityScore score = DataQualityScorer::score(in);
    return storage::exec(query, QStringLiteral("UPDATE prospects SET quality_score = ? WHERE id = ?"),
                         {score.total, prospectId}, error) &&
           storage::exec(
               query, QStringLiteral("UPDATE prospect_enrichment SET quality_json = ? WHERE prospect_id = ?"),
               {compact(score.toJson()), prospectId}, error);
}

} // namespace prospector::sync

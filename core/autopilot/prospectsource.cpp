#include "autopilot/prospectsource.h"

#include "review/prospectpager.h"
#include "review/savedviewrepository.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMutex>
#include <QSqlQuery>
#include <QTimeZone>

namespace prospector::autopilot {

namespace {

// Ids bound as one JSON array and read with json_each: one statement however many ids.
constexpr int kChunk = 500;

QString idsJson(const QList<qint64> &ids, qsizetype from, qsizetype count) {
    QJsonArray array;
    for (qsizetype i = from; i < from + count && i < ids.size(); ++i)
        array.append(ids.at(i));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

bool isZoneKey(const QString &key) {
    QString k = key.toLower();
    k.remove(QLatin1Char(' '));
    k.remove(QLatin1Char('_'));
    k.remove(QLatin1Char('-'));
    return k == QLatin1String("timezone") || k == QLatin1String("tz");
}

bool knownZone(const QString &id) {
    return !id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id.toUtf8());
}

} // namespace

ProspectSource::ProspectSource(const storage::Database &database)
    : m_database(database) {}

QString ProspectSource::zoneOfCountry(const QString &country) {
    const QString name = country.trimmed();
    if (name.isEmpty())
        return {};
    static QMutex mutex;
    static QHash<QString, QString> known; // lower-case name or code -> zone ("" = ambiguous)
    const QString key = name.toLower();
    const QMutexLocker lock(&mutex);
    const auto cached = known.constFind(key);
    if (cached != known.cend())
        return *cached;
    QLocale::Territory territory = name.size() == 2 ? QLocale::codeToTerritory(name) : QLocale::AnyTerritory;
    for (int t = 1; territory == QLocale::AnyTerritory && t <= int(QLocale::LastTerritory); ++t) {
        if (QLocale::territoryToString(QLocale::Territory(t)).compare(name, Qt::CaseInsensitive) == 0)
            territory = QLocale::Territory(t);
    }
    QString zone;
    if (territory != QLocale::AnyTerritory) {
        const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds(territory);
        // Winter and summer of this year: one offset pair for every zone, or no answer.
        const int year = QDate::currentDate().year();
        const QDateTime winter(QDate(year, 1, 15), QTime(12, 0), QTimeZone::utc());
        const QDateTime summer(QDate(year, 7, 15), QTime(12, 0), QTimeZone::utc());
        bool same = !zones.isEmpty();
        for (const QByteArray &id : zones) {
            const QTimeZone z(id);
            const QTimeZone first(zones.constFirst());
            same = same && z.offsetFromUtc(winter) == first.offsetFromUtc(winter) &&
                   z.offsetFromUtc(summer) == first.offsetFromUtc(summer);
        }
        if (same)
            zone = QString::fromUtf8(zones.constFirst());
    }
    known.insert(key, zone);
    return zone;
}

QString ProspectSource::timeZoneOf(const QString &column, const QJsonObject &customFields,
                                   const QString &country) {
    if (knownZone(column.trimmed()))
        return column.trimmed();
    for (auto it = customFields.begin(); it != customFields.end(); ++it) {
        if (isZoneKey(it.key()) && knownZone(it.value().toString().trimmed()))
            return it.value().toString().trimmed();
    }
    return zoneOfCountry(country);
}

bool ProspectSource::select(const Selection &selection, int minScore, QList<qint64> *ids,
                            QString *error) const {
    ids->clear();
    const int limit = qMax(1, selection.maxProspects);
    if (selection.savedViewId > 0) {
        QString readError;
        const auto view = review::SavedViewRepository(m_database).get(selection.savedViewId, &readError);
        if (!view) {
            *error =
                readError.isEmpty()
                    ? QCoreApplication::translate("Autopilot", "The saved view autopilot works on no longer "
                                                               "exists. Choose another one.")
                    : readError;
            return false;
        }
        review::ProspectPager pager(m_database);
        const review::ProspectPage page = pager.first(view->query, limit, &readError);
        if (!readError.isEmpty()) {
            *error = readError;
            return false;
        }
        for (const storage::Prospect &p : page.rows)
            ids->append(p.id);
        return true;
    }
    QSqlQuery q(m_database.connection());
    if (!storage::exec(
            q,
            QStringLiteral("SELECT id FROM prospects WHERE archived = 0 AND stage IN ('new', 'enriched') "
                           "AND (score IS NULL OR score >= ?) "
                           "ORDER BY score IS NULL, score DESC, id LIMIT ?"),
            {minScore, limit}, error))
        return false;
    while (q.next())
        ids->append(q.value(0).toLongLong());
    return true;
}

bool ProspectSource::fillTimeZones(const QList<qint64> &ids, QString *error) const {
    QList<QPair<qint64, QString>> found;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        QSqlQuery q(m_database.connection());
        if (!storage::exec(
                q,
                QStringLiteral("SELECT id, custom_fields, country FROM prospects WHERE time_zone IS NULL "
                               "AND (custom_fields != '{}' OR country != '') AND "
                               "id IN (SELECT value FROM json_each(?))"),
                {idsJson(ids, from, kChunk)}, error))
            return false;
        while (q.next()) {
            const QString zone = timeZoneOf(
                {}, QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(), q.value(2).toString());
            if (!zone.isEmpty())
                found.append({q.value(0).toLongLong(), zone});
        }
    }
    for (const auto &[id, zone] : std::as_const(found)) {
        QSqlQuery update(m_database.connection());
        if (!storage::exec(
                update,
                QStringLiteral("UPDATE prospects SET time_zone = ? WHERE id = ? AND time_zone IS NULL"),
                {zone, id}, error))
            return false;
    }
    return true;
}

bool ProspectSource::candidates(const QList<qint64> &ids, QList<Candidate> *out, QString *error) const {
    QHash<qint64, Candidate> byId;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        QSqlQuery q(m_database.connection());
        if (!storage::exec(
                q,
                QStringLiteral(
                    "SELECT id, coalesce(email, ''), score, coalesce(time_zone, ''), custom_fields, "
                    "unsubscribed, bounced, do_not_contact, first_name, last_name, company_name, "
                    "coalesce(company_domain, ''), stage, country FROM prospects "
                    "WHERE id IN (SELECT value FROM json_each(?))"),
                {idsJson(ids, from, kChunk)}, error))
            return false;
        while (q.next()) {
            Candidate c;
            c.prospectId = q.value(0).toLongLong();
            c.email = q.value(1).toString();
            if (!q.value(2).isNull())
                c.score = q.value(2).toInt();
            c.timeZoneId = timeZoneOf(q.value(3).toString(),
                                      QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object(),
                                      q.value(13).toString());
            c.doNotContact = q.value(5).toInt() != 0 || q.value(6).toInt() != 0 || q.value(7).toInt() != 0;
            const QString name =
                QString(q.value(8).toString() + QLatin1Char(' ') + q.value(9).toString()).trimmed();
            const QString company = q.value(10).toString();
            c.name = company.isEmpty() || name.isEmpty() ? name + company
                                                         : QStringLiteral("%1 (%2)").arg(name, company);
            if (c.name.isEmpty())
                c.name = c.email;
            c.domain = q.value(11).toString();
            c.stage = q.value(12).toString();
            byId.insert(c.prospectId, c);
        }
    }
    out->clear();
    for (qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.cend())
            out->append(*it);
    }
    return true;
}

} // namespace prospector::autopilot

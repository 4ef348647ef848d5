#pragma once

#include "autopilot/autopilotsettings.h"
#include "autopilot/guardrails.h"

#include <QList>

namespace prospector::storage {
class Database;
}

namespace prospector::autopilot {

// Reads the prospects a run works on.
class ProspectSource {
public:
    explicit ProspectSource(const storage::Database &database);

    // The run's prospects in the order they are worked on (best score first), at most
    // `selection.maxProspects`: the saved view's, or the default view (not archived, stage new
    // or enriched, score >= minScore or not scored yet). A saved view that is gone is an error.
    bool select(const Selection &selection, int minScore, QList<qint64> *ids, QString *error) const;

    // Current data of these prospects as guardrail candidates, in the order of `ids`; deleted
    // ones are left out. The time zone is the prospect's own column, else an imported
    // "Timezone"/"Time zone"/"TZ" custom field, when it names a zone this system knows.
    bool candidates(const QList<qint64> &ids, QList<Candidate> *out, QString *error) const;

    // Stores the zone found in imported custom fields (imports keep a "Timezone" column as a
    // custom field) or given by the country (from the import or the enrichment) into the
    // time_zone column of these prospects when it is still empty.
    bool fillTimeZones(const QList<qint64> &ids, QString *error) const;

    // The IANA id in a prospect's time_zone column or custom fields, else the one of its country
    // when the whole country keeps one time (France, Germany; not the United States); empty when
    // none is known.
    static QString timeZoneOf(const QString &column, const QJsonObject &customFields, const QString &country);
    // The zone of a country (English name or ISO code) when all its zones share the same offsets
    // all year; empty otherwise.
    static QString zoneOfCountry(const QString &country);

private:
    const storage::Database &m_database;
};

} // namespace prospector::autopilot

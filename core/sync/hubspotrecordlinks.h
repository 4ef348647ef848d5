#pragma once

#include <QString>

namespace prospector::storage {
class Database;
}

namespace prospector::sync {

// Links a rep can click to open a HubSpot record. HubSpot's record pages live under the portal
// ("Hub") id: https://app.hubspot.com/contacts/<portal>/record/<type>/<id>. The API never names
// the portal directly; newer responses carry the record's `url`, from which the portal id is
// learned once and kept in the settings (key kPortalIdKey), so records whose response had no url
// get a link too. Without a known portal there is no link (never a guessed one).
class HubSpotRecordLinks {
public:
    static constexpr const char *kPortalIdKey = "hubspot.portal_id";

    // "https://app.hubspot.com/contacts/4242/record/0-1/512" -> "4242"; empty if not such a URL.
    static QString portalIdFromUrl(const QString &url);
    static QString contactUrl(const QString &portalId, const QString &contactId);
    static QString companyUrl(const QString &portalId, const QString &companyId);

    // The stored portal id, or empty.
    static QString portalId(const storage::Database &database);
    // Remembers the portal id named by `url` (first one wins). Returns it, or empty.
    static QString learnFromUrl(const storage::Database &database, const QString &url);

    // What the detail pane links to: the contact's stored record URL, else one built from the
    // portal id; empty when the prospect is not in HubSpot or no portal is known.
    static QString forProspect(const storage::Database &database, qint64 prospectId);
    static QString forCompany(const storage::Database &database, const QString &domain);
};

} // namespace prospector::sync

#pragma once

#include "hubspot/hubspottypes.h"

#include <QList>
#include <QString>
#include <optional>

namespace prospector::sync {

// A property the rep changed locally while someone changed it in HubSpot too (or, the first time
// Prospector meets a contact that already existed in HubSpot, a property both sides filled
// differently). HubSpot's value won; the local one is kept here so the rep can see it.
struct PropertyConflict {
    QString property;   // HubSpot property name, e.g. "jobtitle"
    QString baseValue;  // last-synced value ("" when there was none)
    QString localValue; // the rep's value, replaced
    QString hubspotValue;
};

// What one contact's sync does, per synced property (see HubSpotConflictRule::merge).
struct ContactMergePlan {
    hubspot::Properties toSend;       // written to HubSpot ("" clears a value there)
    hubspot::Properties localUpdates; // HubSpot's values to copy into the local row
    QList<PropertyConflict> conflicts;
    hubspot::Properties agreed; // the new last-synced values, once the write is done
};

// HubSpot is the system of record for what is changed there. For every synced property, with
// B the last-synced value (the baseline, stored per contact after each sync), L the local value
// and H HubSpot's current value (empty and missing are the same):
//   H == L                  -> nothing to do.
//   B known, H == B         -> only the rep changed it (or nobody did): L is sent.
//   B known, H != B         -> changed in HubSpot: HubSpot wins, the local field becomes H; when
//                              the rep had changed it too (L != B) a conflict is recorded.
//   no B (first sync of a contact that already exists in HubSpot):
//     H empty               -> L is sent (fills the gap);
//     L empty               -> the local field becomes H;
//     both set, different   -> HubSpot wins, the local field becomes H, a conflict is recorded.
// Afterwards the baseline is the value both sides hold. The e-mail is the identity, not a
// synced property. Pure: no I/O.
class HubSpotConflictRule {
public:
    // HubSpot contact properties Prospector writes, in display order.
    static const QStringList &syncedProperties();
    // The prospect field (as the detail pane names it) behind a synced property.
    static QString fieldFor(const QString &property);
    // The field's name for the rep, translated (e.g. "job title").
    static QString fieldLabel(const QString &property);

    static ContactMergePlan merge(const std::optional<hubspot::Properties> &baseline,
                                  const hubspot::Properties &local, const hubspot::Properties &hubspot);
};

} // namespace prospector::sync

#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace prospector::importing {

// One CSV row turned into prospect values: normalized, not yet de-duplicated or stored.
// Plain strings rather than storage::Prospect so a million rows cost no JSON objects.
struct ProspectDraft {
    QString firstName;
    QString lastName;
    QString email;       // normalized; empty when none
    QString linkedinUrl; // canonical; empty when none
    QString nameKey;
    QString title;
    QString companyName;
    QString companyDomain;
    QString website;
    QString phone;
    QString phoneKey;
    QString city;
    QString region;
    QString country;
    QString industry;
    QString companySize;
    QString source;
    QList<std::pair<QString, QString>> customFields; // key, value; in column order
    QStringList tags;
    QString notes;

    void clear() { *this = ProspectDraft(); }
};

// The prospect's custom fields as the compact JSON object the prospects table stores.
QString customFieldsJson(const QList<std::pair<QString, QString>> &fields);

} // namespace prospector::importing

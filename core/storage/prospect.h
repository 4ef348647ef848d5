#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace prospector::storage {

// A prospect row as the repositories read and write it. Identity fields are normalized by the
// import layer before they get here; empty optional identity fields are stored as NULL.
struct Prospect {
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString email;
    QString linkedinUrl;
    QString nameKey;
    QString title;
    QString companyName;
    QString companyDomain;
    qint64 companyId = 0;
    QString website;
    QString phone;
    QString phoneKey;
    QString city;
    QString region;
    QString country;
    QString industry;
    QString companySize;
    QString source;
    QJsonObject customFields;
    QString stage = QStringLiteral("new");
    int score = -1; // -1: not scored yet
    QStringList scoreReasons;
    QString tier;
    QString tierOverride;
    int qualityScore = -1;
    bool archived = false;
    bool unsubscribed = false;
    bool bounced = false;
    bool doNotContact = false;
    QString syncState = QStringLiteral("local");
    QString hubspotId;
    QString lemlistLeadId;
    qint64 importId = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    QString fullName() const { return QString(firstName + QLatin1Char(' ') + lastName).trimmed(); }
    QString effectiveTier() const { return tierOverride.isEmpty() ? tier : tierOverride; }
};

} // namespace prospector::storage

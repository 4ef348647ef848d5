#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace prospector::lemlist {

struct Campaign {
    QString id; // cam_...
    QString name;
    QString status; // running, draft, archived, ended, paused, errors
    QString createdAt;
};

struct CampaignPage {
    QList<Campaign> campaigns;
    bool mayHaveMore = false; // a full page came back (or pagination said so): ask for the next offset
};

// The lead to enrol. Standard fields map to lemlist's names; variables become custom
// personalization variables (any extra key is a variable, values are strings).
struct LeadInput {
    QString email;
    QString firstName;
    QString lastName;
    QString companyName;
    QString companyDomain;
    QString jobTitle;
    QString phone;
    QString linkedinUrl;
    QString icebreaker;
    QMap<QString, QString> variables;
};

struct Lead {
    QString id; // lea_...
    QString email;
    QString campaignId;
    QString campaignName;
    QString contactId;
    QString state;
    QString status;
    bool isPaused = false;
};

struct AddLeadOutcome {
    Lead lead;
    // lemlist answered "Lead already in the campaign": the enrolment already exists, which is the
    // desired end state, so this is a success (lead holds only the e-mail and campaign).
    bool alreadyInCampaign = false;
};

struct ActivityQuery {
    QString type; // e.g. emailsReplied, emailsOpened, emailsBounced, emailsUnsubscribed
    QString campaignId;
    int offset = 0;
    int limit = 100; // lemlist maximum
};

struct Activity {
    QString id; // act_...
    QString type;
    QString createdAt;
    QString leadId;
    QString leadEmail;
    QString campaignId;
    QString campaignName;
    bool isFirst = false;
    int sequenceStep = -1;
};

struct ActivityPage {
    QList<Activity> activities;
    int nextOffset = -1; // -1 when this was the last page
};

} // namespace prospector::lemlist

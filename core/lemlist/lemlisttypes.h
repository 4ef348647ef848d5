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

struct UnsubscribeOutcome {
    QString id;    // uns_...
    QString value; // the e-mail (or "@domain.com")
    bool alreadyUnsubscribed = false;
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
    QString contactId; // ctc_..., the key of the contact's inbox conversation
    bool isFirst = false;
    int sequenceStep = -1;
    // The e-mail's text and subject when the item carries its body (`message` as HTML, as the
    // inbox's activity records do, or a plain `text`); empty when the feed left it out.
    QString text;
    QString subject;
};

// One message of a contact's inbox conversation (GET /inbox/{contactId}); ids are activity ids.
struct InboxMessage {
    QString id;   // act_...
    QString type; // emailsSent, emailsReplied, ...
    QString createdAt;
    QString subject;
    QString text; // plain text of `message`, quoted history cut off (MessageText)
};

struct InboxPage {
    QList<InboxMessage> messages;
    int nextSkip = -1; // -1 when this was the last page
};

struct ActivityPage {
    QList<Activity> activities;
    int nextOffset = -1; // -1 when this was the last page
};

} // namespace prospector::lemlist

// lemlist (CONTRACTS.md section 2): Basic auth with an empty user (or ?access_token=), plain-text
// errors, 20 requests / 2 s with X-RateLimit-* headers (a date-string Reset), campaigns in either
// response shape, leads per campaign with the duplicate-lead messages, pause/start, unsubscribes and
// the v2 activities feed with offset paging. Tests inject activities (replies, opens, bounces...).
#pragma once

#include "servicesimulator.h"
#include "slidingwindow.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace prospector::sandbox {

struct LemlistConfig {
    QSet<QString> validKeys = {QStringLiteral("sandbox-lemlist-key")};
    QSet<QString> blockedKeys;     // authenticate, then 403 "User linked to this API key is blocked"
    bool acceptAnyKey = false;     // any non-empty key passes (the app's --sandbox mode)
    int rateLimit = 20;            // per 2 s
    bool campaignsWrapped = false; // {"campaigns":[...],"pagination":{...}} instead of a bare array
    int otherCampaignStatus = 409; // deduplicate=true hit: 409 (2026-09) or 500 (2026-08)
};

struct LemlistCampaign {
    QString id;
    QString name;
    QString status = QStringLiteral("running");
    QDateTime createdAt;
};

struct LemlistLead {
    QString id;
    QString contactId;
    QString campaignId;
    QString email;
    QMap<QString, QString> variables; // firstName, lastName, companyName, custom variables, ...
    bool isPaused = false;
    bool unsubscribed = false;
    QString state = QStringLiteral("scanned");
    QDateTime createdAt;
};

struct LemlistActivity {
    QString id;
    QString type; // emailsOpened, emailsReplied, emailsBounced, emailsUnsubscribed, ...
    QDateTime createdAt;
    QString leadId;
    QString campaignId;
    QString email;
    QJsonObject extra; // anything else to echo in the activity feed
    // An e-mail's body (HTML) and subject: served by the inbox (GET /inbox/{contactId}), which is
    // where lemlist's API shows message contents; the activity feed does not carry them.
    QString message;
    QString subject;
};

struct LemlistUnsubscribe {
    QString id;
    QString value;
    QString source = QStringLiteral("api");
    QDateTime createdAt;
};

class LemlistSimulator : public ServiceSimulator {
public:
    explicit LemlistSimulator(const SandboxClock &clock);

    LemlistConfig &config() { return m_config; }
    void applyConfig(const QJsonObject &patch);
    QJsonObject configJson() const;

    QString name() const override { return QStringLiteral("lemlist"); }
    HttpResponse handle(const HttpRequest &request) override;
    HttpResponse rateLimitedResponse(const HttpRequest &request) override;
    HttpResponse errorResponse(int status) override;
    QJsonObject state() const override;
    void reset() override;

    // Seeding, injection and inspection for tests.
    // `id` empty: a fresh random id, as lemlist gives; a fixed one lets documentation name it.
    QString addCampaign(const QString &name, const QString &status = QStringLiteral("running"),
                        const QString &id = {});
    // Records an activity for `email` in `campaignId` (a lead is created when missing) and applies
    // its side effects: unsubscribes and bounces change the lead. Returns the activity's id.
    QString addActivity(const QString &type, const QString &email, const QString &campaignId,
                        const QDateTime &createdAt = {}, const QJsonObject &extra = {},
                        const QString &message = {}, const QString &subject = {});
    // A plain-text reply as a mail client sends it: HTML with the quoted previous message below.
    static QString replyHtml(const QString &text, const QString &quoted = {});
    const QList<LemlistCampaign> &campaigns() const { return m_campaigns; }
    const QList<LemlistLead> &leads() const { return m_leads; }
    QList<LemlistLead> leadsFor(const QString &email) const;
    const QList<LemlistActivity> &activities() const { return m_activities; }
    bool isUnsubscribed(const QString &value) const;

private:
    std::optional<HttpResponse> checkAuth(const HttpRequest &request);
    void addRateHeaders(HttpResponse &response);
    HttpResponse dispatch(const HttpRequest &request, const QStringList &segments);
    HttpResponse listCampaigns(const HttpRequest &request);
    const LemlistCampaign *campaign(const QString &id) const;
    QJsonObject campaignJson(const LemlistCampaign &campaign) const;

    // lemlistleads.cpp
    HttpResponse campaignLeads(const HttpRequest &request, const LemlistCampaign &campaign,
                               const QStringList &rest);
    HttpResponse addLead(const HttpRequest &request, const LemlistCampaign &campaign,
                         const QString &pathEmail);
    HttpResponse getLeads(const HttpRequest &request, const QStringList &rest);
    HttpResponse pauseOrStart(const HttpRequest &request, const QString &leadIdOrEmail, bool pause);
    HttpResponse markInterest(const QString &campaignId, const QString &leadIdOrEmail, bool interested);
    HttpResponse unsubscribes(const HttpRequest &request, const QStringList &rest, bool v2);
    LemlistLead *findLead(const QString &campaignId, const QString &idOrEmail);
    LemlistLead &createLead(const LemlistCampaign &campaign, const QString &email);
    QJsonObject leadJson(const LemlistLead &lead) const;
    QJsonObject leadEntryJson(const LemlistLead &lead) const;
    LemlistUnsubscribe &unsubscribe(const QString &value, const QString &source, bool *already);

    // lemlistactivities.cpp
    HttpResponse listActivities(const HttpRequest &request);
    QJsonObject activityJson(const LemlistActivity &activity) const;
    HttpResponse inbox(const HttpRequest &request, const QString &contactId);

    const SandboxClock &m_clock;
    LemlistConfig m_config;
    SlidingWindow m_window;
    QList<LemlistCampaign> m_campaigns;
    QList<LemlistLead> m_leads;
    QList<LemlistActivity> m_activities;
    QList<LemlistUnsubscribe> m_unsubscribes;
    QMap<QString, QString> m_contactIds; // lower-case email -> ctc_ id (one contact across campaigns)
};

QString lemlistId(const char *prefix); // "cam_" + 17 random alphanumerics, as lemlist's IDs look
HttpResponse lemlistJson(int status, const QJsonValue &value); // array or object body

// The one team and user the sandbox account has.
inline const QString kLemlistTeamId = QStringLiteral("tea_SandboxTeam0000001");
inline const QString kLemlistUserId = QStringLiteral("usr_SandboxUser0000001");

} // namespace prospector::sandbox

// Crash safety of the pipeline commands (SPEC §3, issue 9): `prospector sync` and `prospector enroll` run as
// child processes against a prospector-sandbox process (which outlives every kill) and are SIGKILLed at 21
// points each, drawn from fixed seeds (3 data folders x 7 kills per command). After every kill the database
// must pass PRAGMA integrity_check and the foreign-key check, every outbox row must belong to a prospect, and
// nothing may be recorded locally that the sandbox does not hold. A final run per folder completes; then the
// sandbox holds each contact and each lead of that folder exactly once, the outbox says done for each of
// them exactly once, and no lead was ever sent twice (lemlist answers a second add with a 400).
#include "integrations/servicesettings.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "storage/settingsrepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace prospector;
using namespace Qt::StringLiterals;

namespace {

constexpr int kSyncProspects = 300;  // three HubSpot batches per folder
constexpr int kEnrollProspects = 40; // forty lemlist adds per folder
constexpr int kRounds = 3;
constexpr int kKillsPerRound = 7;
constexpr int kBatchDelayMs = 300; // HubSpot holds each batch answer back this long, after the write
constexpr int kLeadDelayMs = 40;   // and lemlist each add
// Rate limits are not under test here (tst_syncsandbox covers them): the sandbox and the client both
// allow this many requests per window, so a run after a kill, which reads back every contact of a
// batch whose answer was lost (one request each), is not held up by a window a killed run filled.
constexpr int kRequestsPerWindow = 10000;

QString emailOf(const QString &prefix, int i) {
    return u"%1p%2@kill.example.org"_s.arg(prefix).arg(i);
}

// What a data folder holds, read on a private read-only connection (the child's file stays untouched).
struct LocalState {
    QString integrity;
    int foreignKeyViolations = -1;
    int orphanOutboxRows = -1;
    int deadLetters = -1;
    QHash<QString, QString> hubspotIds; // email -> hubspot_id, for prospects that have one
    QHash<QString, QString> leadIds;    // email -> lemlist_lead_id
    QHash<QString, QString> outbox;     // idempotency key -> state
    QString error;
};

LocalState readLocal(const QString &databaseFile) {
    LocalState s;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(databaseFile);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            s.error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            const auto run = [&](const QString &sql) {
                if (!q.exec(sql))
                    s.error += sql + u": "_s + q.lastError().text() + u'\n';
                return q.isActive();
            };
            if (run(u"PRAGMA integrity_check"_s) && q.next())
                s.integrity = q.value(0).toString();
            if (run(u"PRAGMA foreign_key_check"_s)) {
                s.foreignKeyViolations = 0;
                while (q.next())
                    ++s.foreignKeyViolations;
            }
            if (run(u"SELECT count(*) FROM outbox o WHERE o.prospect_id IS NULL OR NOT EXISTS "
                    "(SELECT 1 FROM prospects p WHERE p.id = o.prospect_id)"_s) &&
                q.next())
                s.orphanOutboxRows = q.value(0).toInt();
            if (run(u"SELECT count(*) FROM outbox WHERE state = 'dead'"_s) && q.next())
                s.deadLetters = q.value(0).toInt();
            if (run(u"SELECT email, hubspot_id, lemlist_lead_id FROM prospects"_s)) {
                while (q.next()) {
                    if (!q.value(1).toString().isEmpty())
                        s.hubspotIds.insert(q.value(0).toString(), q.value(1).toString());
                    if (!q.value(2).toString().isEmpty())
                        s.leadIds.insert(q.value(0).toString(), q.value(2).toString());
                }
            }
            if (run(u"SELECT idempotency_key, state FROM outbox"_s)) {
                while (q.next())
                    s.outbox.insert(q.value(0).toString(), q.value(1).toString());
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return s;
}

// What the sandbox holds: email -> every id it has for that email (more than one = a duplicate).
struct RemoteState {
    QHash<QString, QStringList> contacts;
    QHash<QString, QStringList> leads; // in the campaign under test
    int lemlistBadRequests = 0;        // "Lead already in the campaign" is lemlist's 400 for a re-add
};

// Data folders go to memory when the machine has a tmpfs: a SIGKILL loses nothing the kernel already
// has, with or without fsync, so the test proves the same on tmpfs while not waiting on a busy disk.
QString tempRoot() {
    const QFileInfo shm(u"/dev/shm"_s);
    const QString base = shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
    return base + u"/tst_synccli-XXXXXX"_s;
}

} // namespace

class TestSyncCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir{tempRoot()};
    QProcess m_sandbox;
    QHash<QString, QString> m_urls; // hubspot, lemlist, explorium, admin
    QNetworkAccessManager m_network;
    QString m_campaign;
    int m_syncWindowMs = 0;   // kill points of sync runs fall in [20, this)
    int m_enrollWindowMs = 0; // and of enroll runs

    QJsonObject adminCall(const QByteArray &method, const QString &path, const QJsonValue &body = {}) {
        QUrl url = QUrl(m_urls.value(u"hubspot"_s));
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        const QByteArray payload = body.isArray()    ? QJsonDocument(body.toArray()).toJson()
                                   : body.isObject() ? QJsonDocument(body.toObject()).toJson()
                                                     : QByteArray();
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30'000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    RemoteState remote(const QString &emailPrefix) {
        RemoteState r;
        const QJsonObject state = adminCall("GET", u"/_sandbox/state"_s);
        const QJsonObject hubspot = state.value(u"hubspot"_s).toObject();
        for (const QJsonValue &c : hubspot.value(u"contacts"_s).toArray()) {
            const QJsonObject contact = c.toObject();
            const QString email =
                contact.value(u"properties"_s).toObject().value(u"email"_s).toString().toLower();
            if (email.startsWith(emailPrefix))
                r.contacts[email] << contact.value(u"id"_s).toString();
        }
        const QJsonObject lemlist = state.value(u"lemlist"_s).toObject();
        for (const QJsonValue &l : lemlist.value(u"leads"_s).toArray()) {
            const QJsonObject lead = l.toObject();
            const QString email = lead.value(u"email"_s).toString().toLower();
            if (email.startsWith(emailPrefix) && lead.value(u"campaignId"_s).toString() == m_campaign)
                r.leads[email] << lead.value(u"_id"_s).toString();
        }
        r.lemlistBadRequests =
            lemlist.value(u"counters"_s).toObject().value(u"byStatus"_s).toObject().value(u"400"_s).toInt();
        return r;
    }

    QProcessEnvironment environment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PROSPECTOR_HUBSPOT_URL"_s, m_urls.value(u"hubspot"_s));
        env.insert(u"PROSPECTOR_LEMLIST_URL"_s, m_urls.value(u"lemlist"_s));
        env.insert(u"PROSPECTOR_EXPLORIUM_URL"_s, m_urls.value(u"explorium"_s));
        return env;
    }

    QStringList commandFor(const QString &verb) const {
        return verb == u"enroll"_s ? QStringList{u"enroll"_s, u"--campaign"_s, m_campaign}
                                   : QStringList{verb};
    }

    // A data folder with `count` qualified prospects and the client limits of kRequestsPerWindow.
    bool seedFolder(const QString &folder, const QString &emailPrefix, int count) {
        storage::Database db(folder + u"/prospector.db"_s);
        QString error;
        if (!db.open(&error)) {
            qWarning() << error;
            return false;
        }
        storage::SettingsRepository settingsRepository(db);
        integrations::ServiceSettings settings(settingsRepository);
        if (!settings.setRateLimit(integrations::Service::Lemlist, kRequestsPerWindow, &error) ||
            !settings.setRateLimit(integrations::Service::HubSpot, kRequestsPerWindow, &error)) {
            qWarning() << error;
            return false;
        }
        storage::ProspectRepository repo(db);
        db.connection().transaction(); // one commit for the folder, not one per prospect
        for (int i = 0; i < count; ++i) {
            storage::Prospect p;
            p.email = emailOf(emailPrefix, i);
            p.firstName = u"Kill"_s;
            p.lastName = QString::number(i);
            p.stage = u"qualified"_s;
            if (repo.insert(p, &error) <= 0) {
                qWarning() << error;
                return false;
            }
        }
        return db.connection().commit();
    }

    // Runs the command to its end; returns the exit code (-1 for a crash or hang) and the JSON summary.
    int runToEnd(const QString &folder, const QStringList &command, QJsonObject *summary) {
        QProcess child;
        child.setProcessEnvironment(environment());
        child.start(QStringLiteral(PROSPECTOR_BINARY),
                    QStringList{u"--data-dir"_s, folder, u"--json"_s} + command);
        if (!child.waitForFinished(180'000)) {
            child.kill();
            child.waitForFinished(10'000);
            return -1;
        }
        *summary = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        if (child.exitCode() != 0)
            qWarning().noquote() << child.readAllStandardError();
        return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    }

    // After a kill: the file is sound, nothing is orphaned, and every remote id the folder recorded is
    // one the sandbox really holds for that e-mail (never a write recorded that did not happen).
    void checkConsistent(const QString &folder, const QString &emailPrefix, const QString &when) {
        const LocalState local = readLocal(folder + u"/prospector.db"_s);
        QVERIFY2(local.error.isEmpty(), qPrintable(when + u": "_s + local.error));
        QVERIFY2(local.integrity == u"ok"_s, qPrintable(when + u": "_s + local.integrity));
        QVERIFY2(local.foreignKeyViolations == 0, qPrintable(when));
        QVERIFY2(local.orphanOutboxRows == 0, qPrintable(when));
        QVERIFY2(local.deadLetters == 0, qPrintable(when));
        const RemoteState r = remote(emailPrefix);
        for (auto it = local.hubspotIds.cbegin(); it != local.hubspotIds.cend(); ++it)
            QVERIFY2(r.contacts.value(it.key()) == QStringList{it.value()},
                     qPrintable(when + u" "_s + it.key()));
        for (auto it = local.leadIds.cbegin(); it != local.leadIds.cend(); ++it)
            QVERIFY2(r.leads.value(it.key()) == QStringList{it.value()},
                     qPrintable(when + u" "_s + it.key()));
        for (const QStringList &ids : r.contacts)
            QCOMPARE(ids.size(), 1);
        for (const QStringList &ids : r.leads)
            QCOMPARE(ids.size(), 1);
    }

    // Kills `verb` in `folder` until kKillsPerRound kills landed (at most 3 tries per kill), checking the
    // folder after each; then one run finishes. Returns the number of kills.
    int killThenFinish(QRandomGenerator &rng, const QString &verb, const QString &folder,
                       const QString &prefix, int window) {
        QElapsedTimer clock;
        clock.start();
        int killed = 0;
        int attempts = 0;
        int leftWork = 0; // kills after which the outbox still had unfinished rows
        int inFlight = 0; // ... of which claimed ones: sent or about to be, answer not recorded
        for (; killed < kKillsPerRound && attempts < kKillsPerRound * 3; ++attempts) {
            const int afterMs = int(rng.bounded(20, window));
            QProcess child;
            child.setProcessEnvironment(environment());
            QElapsedTimer lifetime;
            lifetime.start();
            child.start(QStringLiteral(PROSPECTOR_BINARY),
                        QStringList{u"--data-dir"_s, folder} + commandFor(verb));
            if (!child.waitForStarted(30'000))
                return killed;
            if (child.waitForFinished(afterMs)) {
                if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
                    qWarning().noquote() << child.readAllStandardError();
                // The job got done sooner than calibrated (the machine's load varies): the remaining
                // kill points fall within such a run, i.e. in start-up, claiming and queueing.
                window = int(qMax(qint64(30), lifetime.elapsed() * 3 / 4));
                continue;
            }
            child.kill(); // SIGKILL: no chance to roll back, release claims or record an answer
            child.waitForFinished(10'000);
            ++killed;
            checkConsistent(folder, prefix, u"%1 killed after %2 ms"_s.arg(verb).arg(afterMs));
            if (QTest::currentTestFailed())
                return killed;
            const LocalState local = readLocal(folder + u"/prospector.db"_s);
            const QStringList states = local.outbox.values();
            leftWork += states.count(u"done"_s) < states.size() ? 1 : 0;
            inFlight += states.contains(u"in_flight"_s) || states.contains(u"unknown"_s) ? 1 : 0;
        }
        const qint64 killing = clock.restart();
        qInfo().noquote() << verb << QFileInfo(folder).fileName() << ":" << killed << "kills in" << attempts
                          << "runs," << leftWork << "left unfinished work behind," << inFlight
                          << "with operations in flight;" << killing << "ms";

        QJsonObject summary;
        [&] {
            QCOMPARE(runToEnd(folder, commandFor(verb), &summary), 0);
            QCOMPARE(summary.value(u"remaining"_s).toInt(), 0);
            QCOMPARE(summary.value(u"dead_letters"_s).toInt(), 0);
        }();
        qInfo().noquote() << verb << "finishing run:" << clock.elapsed() << "ms,"
                          << summary.value(u"reconciled"_s).toInt() << "reconciled";
        return killed;
    }

    // Every prospect of the folder is in the sandbox exactly once with the id recorded locally, and the
    // outbox holds exactly one finished operation for it.
    void checkExactlyOnce(const QString &folder, const QString &prefix, int count, bool enrolled) {
        const LocalState local = readLocal(folder + u"/prospector.db"_s);
        QVERIFY2(local.error.isEmpty(), qPrintable(local.error));
        QCOMPARE(local.integrity, u"ok"_s);
        QCOMPARE(local.orphanOutboxRows, 0);
        const RemoteState r = remote(prefix);
        QCOMPARE(r.contacts.size(), count);
        QCOMPARE(local.hubspotIds.size(), count);
        if (enrolled) {
            QCOMPARE(r.leads.size(), count);
            QCOMPARE(local.leadIds.size(), count);
        }
        for (int i = 0; i < count; ++i) {
            const QString email = emailOf(prefix, i);
            QCOMPARE(r.contacts.value(email), QStringList{local.hubspotIds.value(email)});
            QCOMPARE(local.outbox.value(u"hubspot:upsert:"_s + email), u"done"_s);
            if (enrolled) {
                QCOMPARE(r.leads.value(email), QStringList{local.leadIds.value(email)});
                QCOMPARE(local.outbox.value(u"lemlist:enroll:%1:%2"_s.arg(m_campaign, email)), u"done"_s);
            }
        }
        QCOMPARE(local.outbox.size(), enrolled ? 2 * count : count);
    }

    QString syncFolder(int round) const { return m_dir.filePath(u"sync%1"_s.arg(round)); }
    QString enrollFolder(int round) const { return m_dir.filePath(u"enroll%1"_s.arg(round)); }
    static QString syncPrefix(int round) { return u"s%1-"_s.arg(round); }
    static QString enrollPrefix(int round) { return u"e%1-"_s.arg(round); }

    // Where kill points fall: start-up plus a seventh of the work, doubled — so each killed run does about
    // a seventh of what is left, the kills of one folder spread over the whole job (claims, requests in
    // flight, answers being recorded, later batches), and the job is not done before its last kill.
    static int killWindow(qint64 startupMs, qint64 fullRunMs) {
        const qint64 work = qMax<qint64>(0, fullRunMs - startupMs);
        return int(qBound(qint64(100), startupMs + 2 * work / kKillsPerRound, qint64(8000)));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_sandbox.start(QStringLiteral(PROSPECTOR_SANDBOX_BINARY),
                        {u"--accept-any-credential"_s, u"--campaign"_s, u"Q1 outbound"_s});
        QVERIFY(m_sandbox.waitForStarted(10'000));
        while (m_urls.size() < 4 && m_sandbox.waitForReadyRead(10'000)) {
            while (m_sandbox.canReadLine()) {
                const QString line = QString::fromUtf8(m_sandbox.readLine()).trimmed();
                const qsizetype eq = line.indexOf(u'=');
                if (eq > 0)
                    m_urls.insert(line.left(eq), line.mid(eq + 1));
            }
        }
        QCOMPARE(m_urls.size(), 4);
        m_campaign = adminCall("GET", u"/_sandbox/state"_s)
                         .value(u"lemlist"_s)
                         .toObject()
                         .value(u"campaigns"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"_id"_s)
                         .toString();
        QVERIFY(!m_campaign.isEmpty());

        // Hold every answer back (after the write is applied): kills land while requests are in flight.
        const QJsonArray faults{QJsonObject{{u"service"_s, u"hubspot"_s},
                                            {u"path"_s, u"/crm/v3/objects/contacts/batch/upsert"_s},
                                            {u"kind"_s, u"delay"_s},
                                            {u"delayMs"_s, kBatchDelayMs},
                                            {u"times"_s, -1}},
                                QJsonObject{{u"service"_s, u"lemlist"_s},
                                            {u"method"_s, u"POST"_s},
                                            {u"kind"_s, u"delay"_s},
                                            {u"delayMs"_s, kLeadDelayMs},
                                            {u"times"_s, -1}}};
        adminCall("POST", u"/_sandbox/faults"_s, faults);
        adminCall("POST", u"/_sandbox/config"_s,
                  QJsonObject{{u"hubspot"_s, QJsonObject{{u"burstLimit"_s, kRequestsPerWindow}}},
                              {u"lemlist"_s, QJsonObject{{u"rateLimit"_s, kRequestsPerWindow}}}});

        // Sync folders start unsynced; enroll folders are synced without interruption first.
        QJsonObject summary;
        for (int round = 0; round < kRounds; ++round) {
            QVERIFY(seedFolder(syncFolder(round), syncPrefix(round), kSyncProspects));
            QVERIFY(seedFolder(enrollFolder(round), enrollPrefix(round), kEnrollProspects));
            QCOMPARE(runToEnd(enrollFolder(round), commandFor(u"sync"_s), &summary), 0);
        }

        // Uninterrupted runs in scratch folders, and a run with nothing left to do (start-up and exit),
        // give the windows the kill points are drawn from.
        const QString syncScratch = m_dir.filePath(u"calibration-sync"_s);
        const QString enrollScratch = m_dir.filePath(u"calibration-enroll"_s);
        QVERIFY(seedFolder(syncScratch, u"cs-"_s, kSyncProspects));
        QVERIFY(seedFolder(enrollScratch, u"ce-"_s, kEnrollProspects));
        QCOMPARE(runToEnd(enrollScratch, commandFor(u"sync"_s), &summary), 0);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(runToEnd(syncScratch, commandFor(u"sync"_s), &summary), 0);
        const qint64 fullSync = clock.restart();
        QCOMPARE(runToEnd(enrollScratch, commandFor(u"enroll"_s), &summary), 0);
        const qint64 fullEnroll = clock.restart();
        QCOMPARE(runToEnd(syncScratch, commandFor(u"sync"_s), &summary), 0);
        const qint64 startup = clock.elapsed();
        checkExactlyOnce(syncScratch, u"cs-"_s, kSyncProspects, false);
        checkExactlyOnce(enrollScratch, u"ce-"_s, kEnrollProspects, true);
        m_syncWindowMs = killWindow(startup, fullSync);
        m_enrollWindowMs = killWindow(startup, fullEnroll);
        qInfo() << "uninterrupted: sync of" << kSyncProspects << "in" << fullSync << "ms, enroll of"
                << kEnrollProspects << "in" << fullEnroll << "ms, a run with nothing to do" << startup
                << "ms; kill windows" << m_syncWindowMs << "and" << m_enrollWindowMs << "ms";
    }

    void cleanupTestCase() {
        m_sandbox.kill();
        m_sandbox.waitForFinished(5000);
    }

    void syncSurvivesSigkill() {
        QRandomGenerator rng(20261123);
        int killed = 0;
        for (int round = 0; round < kRounds && !QTest::currentTestFailed(); ++round) {
            killed += killThenFinish(rng, u"sync"_s, syncFolder(round), syncPrefix(round), m_syncWindowMs);
            if (!QTest::currentTestFailed())
                checkExactlyOnce(syncFolder(round), syncPrefix(round), kSyncProspects, false);
        }
        QCOMPARE(killed, kRounds * kKillsPerRound);
    }

    void resyncLetsHubSpotWinWhatBothChanged() {
        // Someone edits a synced contact in HubSpot while the rep edits the same contact here.
        const QString folder = syncFolder(0);
        const QString email = emailOf(syncPrefix(0), 3);
        const QJsonObject edited =
            adminCall("PATCH", u"/_sandbox/hubspot/contacts/"_s + email,
                      QJsonObject{{u"properties"_s,
                                   QJsonObject{{u"jobtitle"_s, u"VP Sales"_s}, {u"city"_s, u"Lyon"_s}}}});
        QVERIFY(!edited.value(u"id"_s).toString().isEmpty());
        {
            storage::Database db(folder + u"/prospector.db"_s);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            QSqlQuery q(db.connection());
            QVERIFY(q.prepare(
                u"UPDATE prospects SET title = 'Head of Sales', phone = '+33 4 00' WHERE email = ?"_s));
            q.addBindValue(email);
            QVERIFY(q.exec());
            QCOMPARE(q.numRowsAffected(), 1);
        }
        QJsonObject summary;
        QCOMPARE(runToEnd(folder, {u"sync"_s, u"--resync"_s, u"--search"_s, email}, &summary), 0);
        QCOMPARE(summary.value(u"conflicts"_s).toInt(), 1);

        const QJsonArray contacts = adminCall("GET", u"/_sandbox/state"_s)
                                        .value(u"hubspot"_s)
                                        .toObject()
                                        .value(u"contacts"_s)
                                        .toArray();
        QJsonObject remoteProperties;
        for (const QJsonValue &c : contacts) {
            const QJsonObject properties = c.toObject().value(u"properties"_s).toObject();
            if (properties.value(u"email"_s).toString() == email)
                remoteProperties = properties;
        }
        QCOMPARE(remoteProperties.value(u"jobtitle"_s).toString(), u"VP Sales"_s); // HubSpot kept
        QCOMPARE(remoteProperties.value(u"phone"_s).toString(), u"+33 4 00"_s);    // ours went up

        storage::Database db(folder + u"/prospector.db"_s);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.prepare(u"SELECT title, city FROM prospects WHERE email = ?"_s));
        q.addBindValue(email);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), u"VP Sales"_s);
        QCOMPARE(q.value(1).toString(), u"Lyon"_s);
        QVERIFY(q.exec(u"SELECT field, local_value, hubspot_value FROM hubspot_conflicts"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"title"_s);
        QCOMPARE(q.value(1).toString(), u"Head of Sales"_s);
        QCOMPARE(q.value(2).toString(), u"VP Sales"_s);
        QVERIFY(!q.next());
    }

    void enrollSurvivesSigkill() {
        const int badRequestsBefore = remote(u"e"_s).lemlistBadRequests;
        QRandomGenerator rng(20261124);
        int killed = 0;
        for (int round = 0; round < kRounds && !QTest::currentTestFailed(); ++round) {
            killed +=
                killThenFinish(rng, u"enroll"_s, enrollFolder(round), enrollPrefix(round), m_enrollWindowMs);
            if (!QTest::currentTestFailed())
                checkExactlyOnce(enrollFolder(round), enrollPrefix(round), kEnrollProspects, true);
        }
        QCOMPARE(killed, kRounds * kKillsPerRound);
        // An add whose answer a kill lost is resolved by reading the lead, never by adding it again.
        QCOMPARE(remote(u"e"_s).lemlistBadRequests, badRequestsBefore);
    }

    void trackRecordsActivitiesOnceAndSuppresses() {
        QJsonArray activities;
        auto activity = [&](const char *type, int prospect) {
            activities.append(QJsonObject{{u"type"_s, QString::fromLatin1(type)},
                                          {u"email"_s, emailOf(enrollPrefix(0), prospect)},
                                          {u"campaignId"_s, m_campaign}});
        };
        activity("emailsOpened", 0);
        activity("emailsReplied", 0);
        // The reply's words live in the contact's inbox, not in the activity feed.
        QJsonObject reply = activities.last().toObject();
        reply.insert(u"text"_s, u"Yes, I'm interested. What does your calendar look like next week?"_s);
        reply.insert(u"quoted"_s, u"Unsubscribe here"_s);
        activities.replace(activities.size() - 1, reply);
        activity("emailsBounced", 1);
        activity("emailsUnsubscribed", 2);
        adminCall("POST", u"/_sandbox/lemlist/activities"_s, QJsonObject{{u"activities"_s, activities}});

        QJsonObject summary;
        QCOMPARE(runToEnd(enrollFolder(0), {u"track"_s}, &summary), 0);
        QCOMPARE(summary.value(u"recorded"_s).toInt(), 4);
        QCOMPARE(runToEnd(enrollFolder(0), {u"track"_s}, &summary), 0);
        QCOMPARE(summary.value(u"recorded"_s).toInt(), 0); // cursor + activity ids: never twice

        storage::Database db(enrollFolder(0) + u"/prospector.db"_s);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT email, reason FROM suppression ORDER BY email"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), emailOf(enrollPrefix(0), 1));
        QCOMPARE(q.value(1).toString(), u"bounced"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), emailOf(enrollPrefix(0), 2));
        QCOMPARE(q.value(1).toString(), u"unsubscribed"_s);
        QVERIFY(!q.next());
        QVERIFY(q.prepare(u"SELECT stage FROM prospects WHERE email = ?"_s));
        q.addBindValue(emailOf(enrollPrefix(0), 0));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), u"replied"_s);
        QVERIFY(q.exec(u"SELECT payload_json FROM activities WHERE kind = 'reply'"_s) && q.next());
        const QJsonObject payload = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        QCOMPARE(payload.value(u"text"_s).toString(),
                 u"Yes, I'm interested. What does your calendar look like next week?"_s);
        QCOMPARE(payload.value(u"label"_s).toString(), u"positive"_s);
        QVERIFY(!q.next());
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"

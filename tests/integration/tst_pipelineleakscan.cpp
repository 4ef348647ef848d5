// Secret and PII hygiene end to end (SPEC F-CRED, F-X; issue 9): recognizable tokens for all three
// services are planted in the real (test session's) keychain, a prospector-sandbox process is told to
// accept exactly those tokens and nothing else, and the whole pipeline runs as child processes with
// debug logging on: import the sample prospects -> rescore -> enrich -> sync -> enroll -> track ->
// export. Then every file the app could have written (database + WAL/SHM,
// QSettings files, logs, error reports, exports) and every captured stdout/stderr is scanned for each
// token in every encoding (tests/integration/leakscanner.h), and every e-mail address in the logs must
// be redacted ("j***@acme.com"). The sandbox's counters prove the tokens travelled: it answered the
// pipeline's requests and refused the default sandbox credential.
#include "leakscanner.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using prospector::testing::findLeaks;

namespace {

const QStringList kServices = {u"hubspot"_s, u"lemlist"_s, u"explorium"_s};

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString samplesFile() {
    return QStringLiteral(PROSPECTOR_FIXTURES_DIR "/../../resources/samples/sample-prospects.csv");
}

// The e-mail addresses of the sample file: the PII the logs must never show in clear.
QStringList sampleEmails() {
    QFile file(samplesFile());
    QStringList emails;
    if (!file.open(QIODevice::ReadOnly))
        return emails;
    static const QRegularExpression email(u"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"_s);
    for (auto it = email.globalMatch(QString::fromUtf8(file.readAll())); it.hasNext();)
        emails << it.next().captured(0).toLower();
    emails.removeDuplicates();
    return emails;
}

} // namespace

class TestPipelineLeakScan : public QObject {
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_dataDir;
    QProcessEnvironment m_env;
    QProcess m_sandbox;
    QHash<QString, QString> m_urls;
    QHash<QString, QString> m_tokens; // service -> planted token
    QNetworkAccessManager m_network;
    QList<QByteArray> m_outputs;         // every stdout and stderr of the pipeline
    QList<QByteArray> m_errors;          // the stderr ones (console log lines land there at debug level)
    QHash<QString, int> m_refusedBefore; // 401s per service before the pipeline ran (the probe's)

    Run prospector(const QStringList &arguments, const QByteArray &input = {}) {
        QProcess child;
        child.setProcessEnvironment(m_env);
        child.start(QStringLiteral(PROSPECTOR_BINARY),
                    QStringList{u"--data-dir"_s, m_dataDir, u"--log-level"_s, u"debug"_s} + arguments);
        Run run;
        if (!child.waitForStarted(30'000))
            return run;
        if (!input.isEmpty())
            child.write(input);
        child.closeWriteChannel();
        if (!child.waitForFinished(180'000)) {
            child.kill();
            child.waitForFinished(10'000);
        }
        run.out = child.readAllStandardOutput();
        run.err = child.readAllStandardError();
        run.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
        m_outputs << run.out << run.err;
        m_errors << run.err;
        if (run.exitCode != 0)
            qWarning().noquote() << arguments.join(u' ') << "exit" << run.exitCode << run.err.right(2000);
        return run;
    }

    QJsonObject json(const QStringList &arguments) {
        const Run run = prospector(arguments + QStringList{u"--json"_s});
        [&] {
            QCOMPARE(run.exitCode, 0);
        }();
        return QJsonDocument::fromJson(run.out).object();
    }

    QJsonObject admin(const QByteArray &method, const QString &path, const QJsonObject &body = {}) {
        QUrl url(m_urls.value(u"hubspot"_s));
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = m_network.sendCustomRequest(
            request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30'000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    // Status of a request the pipeline never makes: the sandbox's own default credential.
    int statusWithDefaultCredential() {
        QUrl url(m_urls.value(u"hubspot"_s));
        url.setPath(u"/crm/v3/objects/contacts"_s);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer sandbox-hubspot-token");
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30'000);
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    QJsonObject counters(const QString &service) {
        return admin("GET", u"/_sandbox/state"_s).value(service).toObject().value(u"counters"_s).toObject();
    }

    QStringList roots() const {
        QStringList dirs{m_dataDir};
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            dirs << m_env.value(QString::fromLatin1(var));
        return dirs;
    }

    QByteArray logText() const {
        QByteArray text;
        QDirIterator it(QDir(m_dataDir).filePath(u"logs"_s), QDir::Files);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                text += file.readAll();
        }
        return text;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_root.isValid());
        QVERIFY(QFile::exists(samplesFile()));
        m_dataDir = m_root.filePath(u"data"_s);
        m_env = QProcessEnvironment::systemEnvironment();
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
            const QString dir = m_root.filePath(QString::fromLatin1(var).toLower());
            QVERIFY(QDir().mkpath(dir));
            m_env.insert(QString::fromLatin1(var), dir);
        }
        m_env.insert(u"QT_LOGGING_RULES"_s, u"prospector.*.debug=true"_s);
        for (const QString &service : kServices)
            m_tokens.insert(
                service, u"PipelineCanary%1x%2"_s.arg(service, QUuid::createUuid().toString(QUuid::Id128)));

        // A sandbox that accepts exactly the planted tokens: without --accept-any-credential.
        m_sandbox.start(QStringLiteral(PROSPECTOR_SANDBOX_BINARY), {u"--campaign"_s, u"Leak test"_s});
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
        admin("POST", u"/_sandbox/config"_s,
              {{u"acceptAnyCredential"_s, false},
               {u"hubspot"_s, QJsonObject{{u"validTokens"_s, QJsonArray{m_tokens.value(u"hubspot"_s)}}}},
               {u"lemlist"_s, QJsonObject{{u"validKeys"_s, QJsonArray{m_tokens.value(u"lemlist"_s)}}}},
               {u"explorium"_s, QJsonObject{{u"validKeys"_s, QJsonArray{m_tokens.value(u"explorium"_s)}}}}});
        QCOMPARE(statusWithDefaultCredential(), 401);
        for (const QString &service : kServices)
            m_refusedBefore.insert(service,
                                   counters(service).value(u"byStatus"_s).toObject().value(u"401"_s).toInt());
        m_env.insert(u"PROSPECTOR_HUBSPOT_URL"_s, m_urls.value(u"hubspot"_s));
        m_env.insert(u"PROSPECTOR_LEMLIST_URL"_s, m_urls.value(u"lemlist"_s));
        m_env.insert(u"PROSPECTOR_EXPLORIUM_URL"_s, m_urls.value(u"explorium"_s));
    }

    void cleanupTestCase() {
        prospector({u"credentials"_s, u"clear"_s});
        m_sandbox.kill();
        m_sandbox.waitForFinished(5000);
    }

    void plantTokensInTheKeychain() {
        for (const QString &service : kServices)
            QCOMPARE(
                prospector({u"credentials"_s, u"set"_s, service}, m_tokens.value(service).toUtf8() + '\n')
                    .exitCode,
                0);
        const QJsonObject status = json({u"credentials"_s, u"status"_s});
        QVERIFY2(!status.isEmpty(), "credentials status --json gave nothing");
    }

    void runThePipeline() {
        const QJsonObject imported = json({u"import"_s, samplesFile()});
        QCOMPARE(imported.value(u"status"_s).toString(), u"completed"_s);
        QVERIFY(imported.value(u"created"_s).toInt() > 20);
        json({u"rescore"_s});

        // Enrichment sends the Explorium key; its results land in the database and the logs too.
        const QJsonObject enriched = json({u"enrich"_s});
        QVERIFY2(enriched.value(u"enriched"_s).toInt() > 0, QJsonDocument(enriched).toJson().constData());
        QCOMPARE(enriched.value(u"remaining"_s).toInt(), 0);

        const QJsonObject synced = json({u"sync"_s});
        QVERIFY(synced.value(u"completed"_s).toInt() > 20);
        QCOMPARE(synced.value(u"remaining"_s).toInt(), 0);

        const QString campaign = admin("GET", u"/_sandbox/state"_s)
                                     .value(u"lemlist"_s)
                                     .toObject()
                                     .value(u"campaigns"_s)
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(u"_id"_s)
                                     .toString();
        QVERIFY(!campaign.isEmpty());
        const QJsonObject enrolled = json({u"enroll"_s, u"--campaign"_s, campaign});
        QVERIFY(enrolled.value(u"completed"_s).toInt() > 0);
        QCOMPARE(enrolled.value(u"remaining"_s).toInt(), 0);

        // Replies and opt-outs from real sample addresses, so tracking logs about them.
        const QStringList emails = sampleEmails();
        QVERIFY(emails.size() > 20);
        QJsonArray activities;
        activities.append(QJsonObject{
            {u"type"_s, u"emailsReplied"_s}, {u"email"_s, emails.at(0)}, {u"campaignId"_s, campaign}});
        activities.append(QJsonObject{
            {u"type"_s, u"emailsUnsubscribed"_s}, {u"email"_s, emails.at(1)}, {u"campaignId"_s, campaign}});
        activities.append(QJsonObject{
            {u"type"_s, u"emailsBounced"_s}, {u"email"_s, emails.at(2)}, {u"campaignId"_s, campaign}});
        admin("POST", u"/_sandbox/lemlist/activities"_s, {{u"activities"_s, activities}});
        QCOMPARE(json({u"track"_s}).value(u"recorded"_s).toInt(), 3);

        // An import with a rejected row writes an error report; an export writes the view.
        const QString bad = m_root.filePath(u"with-errors.csv"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("First Name,Last Name,Email,Company\nBroken,Row,not-an-email,Acme\n");
        file.close();
        QVERIFY(QFile::exists(json({u"import"_s, bad}).value(u"error_report"_s).toString()));
        const QString exported = QDir(m_dataDir).filePath(u"reports/export.csv"_s);
        QCOMPARE(prospector({u"export"_s, exported}).exitCode, 0);
        QVERIFY(QFileInfo(exported).size() > 1000);
        json({u"list"_s});
    }

    void tokensTravelled() {
        // Each service answered the pipeline and refused nothing: the tokens sent were the planted ones.
        for (const QString &service : kServices) {
            const QJsonObject c = counters(service);
            QVERIFY2(c.value(u"requests"_s).toInt() > 0, qPrintable(service));
            QCOMPARE(c.value(u"byStatus"_s).toObject().value(u"401"_s).toInt(),
                     m_refusedBefore.value(service));
            QCOMPARE(c.value(u"byStatus"_s).toObject().value(u"403"_s).toInt(), 0);
        }
        // And the keychain still holds them (stored, just never written anywhere else).
        const Run status = prospector({u"credentials"_s, u"status"_s, u"--json"_s});
        for (const QString &service : kServices)
            QVERIFY2(status.out.contains(service.toUtf8()), status.out.constData());
    }

    void noTokenAnywhere() {
        // The scan must have had something to look at: the database, settings, logs with debug lines
        // of the HTTP layer, the error report and the export.
        QVERIFY(QFile::exists(QDir(m_dataDir).filePath(u"prospector.db"_s)));
        const QByteArray logs = logText();
        QVERIFY(logs.contains("[prospector.net.http]"));
        QVERIFY(logs.contains(" debug "));
        QVERIFY(!QDir(QDir(m_dataDir).filePath(u"reports"_s)).entryList(QDir::Files).isEmpty());
        const QStringList leaks = findLeaks(roots(), m_outputs, m_tokens.values());
        QVERIFY2(leaks.isEmpty(), qPrintable(u"token found in: "_s + leaks.join(u", "_s)));
    }

    void everyEmailInTheLogsIsRedacted() {
        const QByteArray logs = logText();
        QByteArray consoleLogs;
        for (const QByteArray &err : std::as_const(m_errors))
            consoleLogs += err;
        const QString text = QString::fromUtf8(logs + consoleLogs);

        // No address of the sample file in clear, nor percent-encoded (a URL path or query).
        int redactedSeen = 0;
        for (const QString &email : sampleEmails()) {
            QVERIFY2(!text.contains(email, Qt::CaseInsensitive), qPrintable(email));
            QVERIFY2(!text.contains(QString::fromUtf8(QUrl::toPercentEncoding(email)), Qt::CaseInsensitive),
                     qPrintable(email));
            const QString redacted = email.left(1) + u"***@"_s + email.mid(email.indexOf(u'@') + 1);
            redactedSeen += text.contains(redacted) ? 1 : 0;
        }
        // The pipeline did log about the prospects (so the check above looked at something).
        QVERIFY2(redactedSeen > 10, qPrintable(QString::number(redactedSeen)));

        // Any other address-shaped text must be redacted too: one character, "***", the domain.
        static const QRegularExpression anyEmail(
            u"([^\\s\"'<>()\\[\\]{},;:=/\\\\]+)(?:@|%40)[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"_s,
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression redactedLocal(u"^.\\*\\*\\*$"_s);
        QStringList clear;
        for (auto it = anyEmail.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (!redactedLocal.match(m.captured(1)).hasMatch())
                clear << m.captured(0);
        }
        clear.removeDuplicates();
        QVERIFY2(clear.isEmpty(), qPrintable(u"unredacted in the logs: "_s + clear.mid(0, 20).join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestPipelineLeakScan)
#include "tst_pipelineleakscan.moc"

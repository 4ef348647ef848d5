#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "storage/settingsrepository.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;

// `prospector enrich --json` as a child process against a prospector-sandbox process: the JSON
// summary, the simulator's own credit counter, the cache on a second run, the budget stop and
// the exit codes.
class TestEnrichCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QHash<QString, QString> m_urls; // hubspot, lemlist, explorium, admin
    QNetworkAccessManager m_network;

    QJsonObject exploriumState() {
        QUrl url(m_urls.value(QStringLiteral("explorium")));
        url.setPath(QStringLiteral("/_sandbox/state"));
        QNetworkReply *reply = m_network.get(QNetworkRequest(url));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll())
            .object()
            .value(QStringLiteral("explorium"))
            .toObject();
    }

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    int run(const QStringList &arguments, QJsonObject *summary, bool withUrls = true) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (withUrls) {
            env.insert(QStringLiteral("PROSPECTOR_HUBSPOT_URL"), m_urls.value(QStringLiteral("hubspot")));
            env.insert(QStringLiteral("PROSPECTOR_LEMLIST_URL"), m_urls.value(QStringLiteral("lemlist")));
            env.insert(QStringLiteral("PROSPECTOR_EXPLORIUM_URL"), m_urls.value(QStringLiteral("explorium")));
        }
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(PROSPECTOR_BINARY), arguments);
        if (!child.waitForFinished(120'000)) {
            child.kill();
            return -1;
        }
        *summary = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        const QByteArray err = child.readAllStandardError();
        if (child.exitCode() != 0)
            qInfo().noquote() << err;
        return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    }

    int enrich(const QStringList &options, QJsonObject *summary) {
        return run(QStringList{QStringLiteral("--data-dir"), dataDir(), QStringLiteral("--json"),
                               QStringLiteral("enrich")} +
                       options,
                   summary);
    }

    void addProspects(const QString &prefix, int count, const QString &stage) {
        storage::Database db(m_dir.filePath(QStringLiteral("data/prospector.db")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        storage::ProspectRepository repo(db);
        for (int i = 0; i < count; ++i) {
            storage::Prospect p;
            // Every fifth one is unknown to Explorium.
            p.email = QStringLiteral("%1%2@%3").arg(prefix).arg(i).arg(
                i % 5 == 4 ? QStringLiteral("nobody.invalid") : QStringLiteral("acme.com"));
            p.firstName = prefix;
            p.lastName = QString::number(i);
            p.companyName = QStringLiteral("Acme");
            p.companyDomain = i % 5 == 4 ? QStringLiteral("nobody.invalid") : QStringLiteral("acme.com");
            p.stage = stage;
            QVERIFY(repo.insert(p, &error) > 0);
        }
    }

    void setBudget(qint64 credits) {
        storage::Database db(m_dir.filePath(QStringLiteral("data/prospector.db")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QVERIFY(storage::SettingsRepository(db).setValue(QStringLiteral("enrichment.creditBudget"),
                                                         QString::number(credits), &error));
    }

private Q_SLOTS:
    void initTestCase() {
        m_sandbox.start(QStringLiteral(PROSPECTOR_SANDBOX_BINARY),
                        {QStringLiteral("--accept-any-credential")});
        QVERIFY(m_sandbox.waitForStarted(10'000));
        while (m_urls.size() < 4 && m_sandbox.waitForReadyRead(10'000)) {
            while (m_sandbox.canReadLine()) {
                const QString line = QString::fromUtf8(m_sandbox.readLine()).trimmed();
                const qsizetype eq = line.indexOf(QLatin1Char('='));
                if (eq > 0)
                    m_urls.insert(line.left(eq), line.mid(eq + 1));
            }
        }
        QCOMPARE(m_urls.size(), 4);
        addProspects(QStringLiteral("qual"), 10, QStringLiteral("qualified"));
        addProspects(QStringLiteral("new"), 10, QStringLiteral("new"));
    }

    void cleanupTestCase() {
        m_sandbox.kill();
        m_sandbox.waitForFinished(5000);
    }

    void badOptionIsAUsageError() {
        QJsonObject summary;
        QCOMPARE(enrich({QStringLiteral("--min-score"), QStringLiteral("lots")}, &summary), 2);
        QCOMPARE(enrich({QStringLiteral("--stage"), QStringLiteral("nirvana")}, &summary), 2);
    }

    void enrichesTheViewAndReportsCredits() {
        QJsonObject summary;
        QCOMPARE(enrich({QStringLiteral("--stage"), QStringLiteral("qualified")}, &summary), 0);
        QCOMPARE(summary.value(QStringLiteral("command")).toString(), QStringLiteral("enrich"));
        QCOMPARE(summary.value(QStringLiteral("queued")).toInt(), 10);
        QCOMPARE(summary.value(QStringLiteral("companies_queued")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("enriched")).toInt(), 8);
        QCOMPARE(summary.value(QStringLiteral("matched")).toInt(), 8);
        QCOMPARE(summary.value(QStringLiteral("no_match")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("cache_hits")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("companies_enriched")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("remaining")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("dead_letters")).toInt(), 0);
        // Email only (the default): 2 credits per contact, 1 for the company.
        const int credits = exploriumState().value(QStringLiteral("creditsUsed")).toInt();
        QCOMPARE(credits, 8 * 2 + 1);
        QCOMPARE(summary.value(QStringLiteral("credits_used")).toInt(), credits);
        QCOMPARE(summary.value(QStringLiteral("budget_limit")).toInt(), 1000);
        QCOMPARE(summary.value(QStringLiteral("budget_left")).toInt(), 1000 - credits);
        QCOMPARE(summary.value(QStringLiteral("budget_reached")).toBool(), false);
    }

    void secondRunIsFreeAndSendsNothing() {
        const QJsonObject before = exploriumState();
        QJsonObject summary;
        QCOMPARE(enrich({QStringLiteral("--stage"), QStringLiteral("qualified,enriched")}, &summary), 0);
        QCOMPARE(summary.value(QStringLiteral("queued")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("up_to_date")).toInt(), 10);
        QCOMPARE(summary.value(QStringLiteral("credits_used")).toInt(), 0);
        const QJsonObject after = exploriumState();
        QCOMPARE(after.value(QStringLiteral("creditsUsed")), before.value(QStringLiteral("creditsUsed")));
        QCOMPARE(after.value(QStringLiteral("counters")).toObject().value(QStringLiteral("requests")),
                 before.value(QStringLiteral("counters")).toObject().value(QStringLiteral("requests")));
    }

    void budgetReachedStopsWithExitCodeAndReason() {
        const int used = exploriumState().value(QStringLiteral("creditsUsed")).toInt();
        setBudget(used + 3 * 2); // room for three more contacts
        QJsonObject summary;
        QCOMPARE(enrich({QStringLiteral("--stage"), QStringLiteral("new")}, &summary), 1);
        QVERIFY2(summary.value(QStringLiteral("stopped"))
                     .toString()
                     .contains(QLatin1String("credit budget reached")),
                 qPrintable(summary.value(QStringLiteral("stopped")).toString()));
        QCOMPARE(summary.value(QStringLiteral("budget_reached")).toBool(), true);
        QCOMPARE(summary.value(QStringLiteral("credits_used")).toInt(), 3 * 2);
        QCOMPARE(summary.value(QStringLiteral("matched")).toInt(), 3);
        QCOMPARE(summary.value(QStringLiteral("remaining")).toInt(), 10 - 3);
        QCOMPARE(summary.value(QStringLiteral("dead_letters")).toInt(), 0);
        QCOMPARE(exploriumState().value(QStringLiteral("creditsUsed")).toInt(), used + 3 * 2);

        // More budget: the waiting operations go through, once each.
        setBudget(1000);
        QCOMPARE(enrich({QStringLiteral("--stage"), QStringLiteral("new")}, &summary), 0);
        QCOMPARE(summary.value(QStringLiteral("remaining")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("matched")).toInt(), 5);
        QCOMPARE(exploriumState().value(QStringLiteral("creditsUsed")).toInt(), used + 8 * 2);
    }

    void inProcessSandbox() {
        QJsonObject summary;
        const QString dir = m_dir.filePath(QStringLiteral("inprocess"));
        QCOMPARE(
            run({QStringLiteral("--data-dir"), dir, QStringLiteral("import"),
                 QStringLiteral(PROSPECTOR_FIXTURES_DIR "/../../resources/samples/sample-prospects.csv")},
                &summary, false),
            0);
        QCOMPARE(run({QStringLiteral("--data-dir"), dir, QStringLiteral("--sandbox"),
                      QStringLiteral("--json"), QStringLiteral("enrich")},
                     &summary, false),
                 0);
        QVERIFY(summary.value(QStringLiteral("enriched")).toInt() > 0);
        QCOMPARE(summary.value(QStringLiteral("enriched")).toInt(),
                 summary.value(QStringLiteral("queued")).toInt());
        QVERIFY(summary.value(QStringLiteral("credits_used")).toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestEnrichCli)
#include "tst_enrichcli.moc"

// `prospector list` filters, `export` and `rescore`, run as child processes on a seeded database.
#include "../unit/review/reviewfixture.h"
#include "common/apppaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace prospector;

namespace {

struct Result {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Result runProspector(const QString &dataDir, const QStringList &arguments) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PROSPECTOR_DATA_DIR"), dataDir);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PROSPECTOR_BINARY), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestReviewCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(QDir().mkpath(dataDir()));
        const AppPaths paths = AppPaths::resolve(dataDir());
        QString error;
        QVERIFY2(paths.ensureExists(&error), qPrintable(error));
        storage::Database db(paths.databaseFile());
        QVERIFY2(db.open(&error), qPrintable(error));
        reviewtest::seed(db, 200, 77);
        reviewtest::run(
            db,
            QStringLiteral("UPDATE prospects SET company_name = '=HYPERLINK(\"http://x\")' WHERE id = 1"));
        reviewtest::run(db, QStringLiteral("UPDATE prospects SET archived = 0, stage = 'won' WHERE id = 1"));
    }

    void listFiltersSortsAndPrintsJson() {
        const Result r = runProspector(dataDir(), {QStringLiteral("list"), QStringLiteral("--stage"),
                                                   QStringLiteral("won,lost"), QStringLiteral("--min-score"),
                                                   QStringLiteral("10"), QStringLiteral("--sort"),
                                                   QStringLiteral("-score,name"), QStringLiteral("--limit"),
                                                   QStringLiteral("500"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QVERIFY(!rows.isEmpty());
        int previous = 101;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.value(QStringLiteral("stage")) == QStringLiteral("won") ||
                    o.value(QStringLiteral("stage")) == QStringLiteral("lost"));
            const int score = o.value(QStringLiteral("score")).toInt();
            QVERIFY(score >= 10);
            QVERIFY(score <= previous);
            previous = score;
            QVERIFY(!o.value(QStringLiteral("archived")).toBool());
        }

        const Result tagged = runProspector(dataDir(), {QStringLiteral("list"), QStringLiteral("--tag"),
                                                        QStringLiteral("vip"), QStringLiteral("--tier"),
                                                        QStringLiteral("hot"), QStringLiteral("--json")});
        QCOMPARE(tagged.exitCode, 0);
        for (const QJsonValue &v : QJsonDocument::fromJson(tagged.out).array()) {
            QVERIFY(v.toObject().value(QStringLiteral("tags")).toArray().contains(QStringLiteral("vip")));
            QCOMPARE(v.toObject().value(QStringLiteral("tier")).toString(), QStringLiteral("hot"));
        }
    }

    void listRefusesBadOptions() {
        QCOMPARE(runProspector(dataDir(),
                               {QStringLiteral("list"), QStringLiteral("--stage"), QStringLiteral("nope")})
                     .exitCode,
                 2);
        QCOMPARE(runProspector(dataDir(),
                               {QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("salary")})
                     .exitCode,
                 2);
        QCOMPARE(runProspector(dataDir(),
                               {QStringLiteral("list"), QStringLiteral("--min-score"), QStringLiteral("x")})
                     .exitCode,
                 2);
        const Result hostile = runProspector(dataDir(), {QStringLiteral("list"), QStringLiteral("--search"),
                                                         QStringLiteral("\"'; DROP TABLE prospects; --*")});
        QCOMPARE(hostile.exitCode, 0);
    }

    void exportWritesNeutralizedCsv() {
        const QString file = m_dir.filePath(QStringLiteral("won.csv"));
        const Result r = runProspector(dataDir(), {QStringLiteral("export"), file, QStringLiteral("--stage"),
                                                   QStringLiteral("won"), QStringLiteral("--bom")});
        QCOMPARE(r.exitCode, 0);
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray data = csv.readAll();
        QVERIFY(data.startsWith("\xEF\xBB\xBF"
                                "id,first_name"));
        QVERIFY(data.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
        const Result list = runProspector(dataDir(), {QStringLiteral("list"), QStringLiteral("--stage"),
                                                      QStringLiteral("won"), QStringLiteral("--limit"),
                                                      QStringLiteral("1000"), QStringLiteral("--json")});
        QCOMPARE(data.count("\r\n"), QJsonDocument::fromJson(list.out).array().size() + 1);
        QCOMPARE(runProspector(dataDir(), {QStringLiteral("export")}).exitCode, 2);
    }

    void rescoreWithRulesFileThenPreview() {
        const QString rules = m_dir.filePath(QStringLiteral("rules.json"));
        QFile file(rules);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"rules":[{"kind":"has_email","weight":60},{"kind":"title_keyword","values":["sales"],"weight":40}],
                      "thresholds":{"hot":100,"warm":60}})");
        file.close();
        const Result r = runProspector(dataDir(), {QStringLiteral("rescore"), QStringLiteral("--rules"),
                                                   rules, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("rescored")).toInteger() > 0);
        QVERIFY(r.err.contains(QStringLiteral("100%")));

        const Result listed = runProspector(dataDir(), {QStringLiteral("list"), QStringLiteral("--limit"),
                                                        QStringLiteral("1000"), QStringLiteral("--json")});
        for (const QJsonValue &v : QJsonDocument::fromJson(listed.out).array()) {
            const QJsonObject o = v.toObject();
            const int expected =
                (o.value(QStringLiteral("email")).toString().isEmpty() ? 0 : 60) +
                (o.value(QStringLiteral("title")).toString() == QLatin1String("VP Sales") ? 40 : 0);
            QCOMPARE(o.value(QStringLiteral("score")).toInt(), expected);
        }

        const Result preview = runProspector(
            dataDir(), {QStringLiteral("rescore"), QStringLiteral("--preview"), QStringLiteral("--json")});
        QCOMPARE(preview.exitCode, 0);
        const QJsonObject counts = QJsonDocument::fromJson(preview.out).object();
        QCOMPARE(counts.value(QStringLiteral("hot")).toInteger() +
                     counts.value(QStringLiteral("warm")).toInteger() +
                     counts.value(QStringLiteral("cold")).toInteger(),
                 counts.value(QStringLiteral("total")).toInteger());

        QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"rules\": [{\"kind\": \"astrology\", \"weight\": 3}]}");
        broken.close();
        QCOMPARE(runProspector(dataDir(),
                               {QStringLiteral("rescore"), QStringLiteral("--rules"), broken.fileName()})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestReviewCli)
#include "tst_reviewcli.moc"

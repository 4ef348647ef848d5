// Crash safety of `prospector import`: a generated 50,000-row CSV is imported by a child process that
// is SIGKILLed at 21 points drawn from a fixed seed (3 data folders, 7 kills each). After every kill the
// database must pass PRAGMA integrity_check, every prospect must belong to an existing import, and each
// import record's created count must equal the prospects it owns (counts are committed with their batch). The
// next start marks the killed import failed ("Interrupted"), and a final run completes with every row present
// exactly once. The file is large next to the table, so imports take the bulk path (indexes dropped, rebuilt
// at the end): kills that leave the indexes dropped must be repaired by the next run, which ends with every
// index back.
#include "hostileimportcheck.h"
#include "prospectorprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;
using prospector::testing::auditDatabase;
using prospector::testing::runProspector;

namespace {

constexpr int kRows = 50000;

bool writeProspects(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray data = "First Name,Last Name,Email,Company,Title\n";
    for (int i = 0; i < kRows; ++i)
        data += "First" + QByteArray::number(i) + ",Last" + QByteArray::number(i) + ",crash" +
                QByteArray::number(i) + "@example.org,Company " + QByteArray::number(i % 997) + ",Title " +
                QByteArray::number(i % 13) + '\n';
    return file.write(data) == data.size();
}

} // namespace

class TestImportCrash : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_csv;
    qint64 m_fullRunMs = 0;
    qint64 m_indexCount = 0; // indexes of the prospects table after a complete import
    int m_killedWithIndexesDropped = 0;

    void checkConsistent(const QString &dataDir, const char *when) {
        const auto audit = auditDatabase(dataDir + u"/prospector.db"_s);
        const QByteArray context = QByteArray(when) + " " + audit.error.toUtf8();
        QVERIFY2(audit.error.isEmpty(), context.constData());
        QVERIFY2(audit.integrity == u"ok"_s, qPrintable(audit.integrity));
        QVERIFY2(audit.orphans == 0, context.constData());
        QVERIFY2(audit.countMismatches == 0, context.constData());
        QVERIFY2(audit.duplicateEmails == 0, context.constData());
        QVERIFY2(audit.running <= 1, context.constData());
    }

    // Kills imports into one data folder `kills` times, then lets one run finish and checks the end state.
    void killThenFinish(QRandomGenerator &rng, int kills, int *killedTotal) {
        QTemporaryDir data;
        // Kill points fall in the first half of a full run: re-runs that merge rows an earlier (killed)
        // run committed are faster, and later points mostly missed them (tried: 12 of 21 kills, 80 s).
        const int window = int(qBound(qint64(300), m_fullRunMs / 2, qint64(8000)));
        int killed = 0;
        // Imports left 'running' by a kill. A set, not a count: a run killed during start-up, before
        // it marked the previous killed import failed, leaves that same import running once more.
        QSet<qint64> killedMidImport;
        int attempt = 0;
        int killedAfterACommit = 0;
        qint64 prospectsBefore = 0;
        for (; killed < kills && attempt < kills * 3; ++attempt) {
            const int afterMs = int(rng.bounded(30, window));
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"PROSPECTOR_DATA_DIR"_s, data.path());
            child.setProcessEnvironment(env);
            child.start(QStringLiteral(PROSPECTOR_BINARY), {u"import"_s, m_csv, u"--json"_s});
            QVERIFY(child.waitForStarted(30000));
            if (!child.waitForFinished(afterMs)) {
                child.kill(); // SIGKILL: no chance to roll back or update the record
                QVERIFY(child.waitForFinished(10000));
                ++killed;
            } else {
                QCOMPARE(child.exitCode(), 0);
            }
            // A kill during start-up (slow under the sanitizers) may come before the database
            // exists, or before its first migration committed: nothing to check yet.
            const auto afterKill = auditDatabase(data.path() + u"/prospector.db"_s);
            if (!afterKill.created)
                continue;
            checkConsistent(data.path(), "after kill");
            if (QTest::currentTestFailed())
                return;
            // A kill during start-up may come before the import record exists; count the ones after.
            if (afterKill.running == 1)
                killedMidImport.insert(afterKill.runningId);
            if (afterKill.prospects > prospectsBefore)
                ++killedAfterACommit; // the killed run had committed a batch: the partial-import case
            if (afterKill.deferredIndexes > 0) {
                ++m_killedWithIndexesDropped; // killed mid bulk load: the next run must rebuild them
                QCOMPARE(afterKill.deferredIndexes + afterKill.prospectIndexes, m_indexCount);
            }
            prospectsBefore = afterKill.prospects;
        }
        *killedTotal += killed;
        qInfo() << killed << "kills in" << attempt << "runs," << killedMidImport.size()
                << "after the import record existed," << killedAfterACommit << "after a committed batch";
        QCOMPARE(killed, kills);

        // The next start marks the killed import failed; this run completes with every row once.
        const auto final = runProspector({u"import"_s, m_csv, u"--json"_s}, data.path());
        QCOMPARE(final.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(final.out.toUtf8()).object();
        QCOMPARE(json.value(u"status"_s).toString(), u"completed"_s);
        QCOMPARE(json.value(u"rows"_s).toInt(), kRows);
        QCOMPARE(json.value(u"created"_s).toInt() + json.value(u"duplicates"_s).toInt(), kRows);
        QCOMPARE(json.value(u"rejected"_s).toInt(), 0);

        const auto audit = auditDatabase(data.path() + u"/prospector.db"_s);
        QCOMPARE(audit.integrity, u"ok"_s);
        QCOMPARE(audit.prospects, kRows); // every row exactly once
        QCOMPARE(audit.duplicateEmails, 0);
        QCOMPARE(audit.orphans, 0);
        QCOMPARE(audit.countMismatches, 0);
        QCOMPARE(audit.running, 0);
        QCOMPARE(audit.deferredWork, 0);
        QCOMPARE(audit.prospectIndexes, m_indexCount);

        // Every import killed after it started is in the history as failed, saying it was interrupted.
        const QJsonArray history =
            QJsonDocument::fromJson(runProspector({u"imports"_s, u"--json"_s}, data.path()).out.toUtf8())
                .array();
        QCOMPARE(qsizetype(audit.imports), history.size());
        int interrupted = 0;
        for (const QJsonValue &entry : history) {
            const QJsonObject o = entry.toObject();
            const QString status = o.value(u"status"_s).toString();
            QVERIFY2(status == u"completed"_s || status == u"failed"_s, qPrintable(status));
            if (status == u"failed"_s && o.value(u"error"_s).toString().contains(u"Interrupted"_s))
                ++interrupted;
        }
        QCOMPARE(qsizetype(interrupted), killedMidImport.size());
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_csv = m_dir.filePath(u"prospects.csv"_s);
        QVERIFY(writeProspects(m_csv));
        // An uninterrupted run gives the time window the kill points are drawn from.
        QTemporaryDir scratch;
        QElapsedTimer clock;
        clock.start();
        const auto r = runProspector({u"import"_s, m_csv, u"--json"_s}, scratch.path());
        m_fullRunMs = clock.elapsed();
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"created"_s).toInt(), kRows);
        qInfo() << "full import of" << kRows << "rows:" << m_fullRunMs << "ms";
        const auto audit = auditDatabase(scratch.path() + u"/prospector.db"_s);
        QCOMPARE(audit.deferredWork, 0);
        m_indexCount = audit.prospectIndexes;
        QVERIFY(m_indexCount > 10);
    }

    // 3 data folders x 7 kills = 21 kill points from one fixed seed; a fresh folder every 7 kills keeps
    // most kills in the first batches, where new rows (not merges) are being written.
    void importSurvivesSigkill() {
        QRandomGenerator rng(20261122);
        int killed = 0;
        QElapsedTimer clock;
        clock.start();
        for (int round = 0; round < 3 && !QTest::currentTestFailed(); ++round)
            killThenFinish(rng, 7, &killed);
        qInfo() << killed << "imports killed in" << clock.elapsed() << "ms," << m_killedWithIndexesDropped
                << "of them with the indexes dropped";
        QVERIFY(killed >= 20);
        QVERIFY(m_killedWithIndexesDropped > 0); // the bulk path was really cut short, and repaired
    }
};

QTEST_GUILESS_MAIN(TestImportCrash)
#include "tst_importcrash.moc"

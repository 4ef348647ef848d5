#include "storage/database.h"
#include "sync/synccursorrepository.h"
#include "sync/transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;
using namespace prospector::sync;

class TestSyncCursorRepository : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void cursorsPersistAndFollowTheirTransaction() {
        storage::Database db(m_dir.filePath(QStringLiteral("c.db")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        SyncCursorRepository cursors(db);
        QCOMPARE(*cursors.value(QStringLiteral("lemlist:activities")), QString());
        QVERIFY(cursors.setValue(QStringLiteral("lemlist:activities"), QStringLiteral("2025-01-01T00:00:00Z"),
                                 1));
        QVERIFY(cursors.setValue(QStringLiteral("lemlist:activities"), QStringLiteral("2025-02-01T00:00:00Z"),
                                 2));
        QCOMPARE(*cursors.value(QStringLiteral("lemlist:activities")),
                 QStringLiteral("2025-02-01T00:00:00Z"));
        {
            Transaction tx(db.connection());
            QVERIFY(cursors.setValue(QStringLiteral("lemlist:activities"), QStringLiteral("later"), 3));
            tx.rollback(); // the page it covered was not stored: the cursor must not move
        }
        QCOMPARE(*cursors.value(QStringLiteral("lemlist:activities")),
                 QStringLiteral("2025-02-01T00:00:00Z"));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE sync_cursors")));
        QVERIFY(!cursors.value(QStringLiteral("lemlist:activities")));
    }
};

QTEST_GUILESS_MAIN(TestSyncCursorRepository)
#include "tst_synccursorrepository.moc"

// ScopedPragma sets a connection's pragma for a scope and puts the connection's own value back.
#include "storage/database.h"
#include "storage/scopedpragma.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;

class TestScopedPragma : public QObject {
    Q_OBJECT

    static qint64 pragma(const QSqlDatabase &db, const QString &name) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA %1").arg(name)) || !q.next())
            qFatal("cannot read pragma %s", qPrintable(name));
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void setsForTheScopeAndPutsBack() {
        QTemporaryDir dir;
        storage::Database database(dir.filePath(QStringLiteral("p.db")));
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        const QSqlDatabase db = database.connection();
        QCOMPARE(pragma(db, QStringLiteral("mmap_size")), storage::Database::kMemoryMapBytes);
        const qint64 cache = pragma(db, QStringLiteral("cache_size"));
        {
            const storage::ScopedPragma noMap(db, QStringLiteral("mmap_size"), 0);
            QCOMPARE(pragma(db, QStringLiteral("mmap_size")), qint64(0));
            {
                const storage::ScopedPragma bigCache(db, QStringLiteral("cache_size"), -65536);
                QCOMPARE(pragma(db, QStringLiteral("cache_size")), qint64(-65536));
                QCOMPARE(pragma(db, QStringLiteral("mmap_size")), qint64(0));
            }
            QCOMPARE(pragma(db, QStringLiteral("cache_size")), cache);
        }
        QCOMPARE(pragma(db, QStringLiteral("mmap_size")), storage::Database::kMemoryMapBytes);
    }
};

QTEST_GUILESS_MAIN(TestScopedPragma)
#include "tst_scopedpragma.moc"

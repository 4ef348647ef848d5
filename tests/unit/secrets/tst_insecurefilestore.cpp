// The opt-in token file: owner-only permissions, one entry per key, gone once empty.
#include "secrets/insecurefilestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using prospector::secrets::InsecureFileStore;

class TestInsecureFileStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void storesReadsAndRemoves() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("credentials-insecure.json"));
        InsecureFileStore store(path);
        QString error;
        QCOMPARE(store.read(QStringLiteral("ns/hubspot"), &error).value_or(QStringLiteral("x")), QString());
        QVERIFY(!QFile::exists(path));

        QVERIFY2(store.write(QStringLiteral("ns/hubspot"), QStringLiteral("token-one"), &error),
                 qPrintable(error));
        QVERIFY2(store.write(QStringLiteral("ns/lemlist"), QStringLiteral("token-two"), &error),
                 qPrintable(error));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                             QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(QFile::permissions(path) & QFileDevice::ReadOwner);

        QCOMPARE(store.read(QStringLiteral("ns/hubspot"), &error).value(), QStringLiteral("token-one"));
        QCOMPARE(store.read(QStringLiteral("ns/lemlist"), &error).value(), QStringLiteral("token-two"));

        QVERIFY(store.remove(QStringLiteral("ns/hubspot"), &error));
        QCOMPARE(store.read(QStringLiteral("ns/hubspot"), &error).value(), QString());
        QVERIFY(QFile::exists(path));
        QVERIFY(store.remove(QStringLiteral("ns/lemlist"), &error));
        QVERIFY2(!QFile::exists(path), "an empty secrets file does not linger");
    }

    void damagedFileIsAnErrorNotAnEmptyStore() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("credentials-insecure.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
        file.close();
        InsecureFileStore store(path);
        QString error;
        QVERIFY(!store.read(QStringLiteral("ns/hubspot"), &error).has_value());
        QVERIFY(error.contains(QStringLiteral("damaged")));
        error.clear();
        QVERIFY(!store.write(QStringLiteral("ns/hubspot"), QStringLiteral("t"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInsecureFileStore)
#include "tst_insecurefilestore.moc"

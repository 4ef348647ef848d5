#include "common/singleinstance.h"

#include <QSignalSpy>
#include <QtTest>

using prospector::SingleInstance;

class TestSingleInstance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void secondLaunchHandsItsArgumentsToTheFirst() {
        const QString key = QStringLiteral("tst-%1").arg(QCoreApplication::applicationPid());
        SingleInstance first(key);
        QVERIFY(first.claim({QStringLiteral("prospector")}));
        QSignalSpy spy(&first, &SingleInstance::activationRequested);

        SingleInstance second(key);
        const QStringList arguments{QStringLiteral("prospector"), QStringLiteral("/tmp/leads.csv")};
        QVERIFY2(!second.claim(arguments), "a second instance must not become primary");
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.constFirst().constFirst().toStringList(), arguments);
    }

    void differentDataDirsDoNotCollide() {
        SingleInstance a(QStringLiteral("tst-a-%1").arg(QCoreApplication::applicationPid()));
        SingleInstance b(QStringLiteral("tst-b-%1").arg(QCoreApplication::applicationPid()));
        QVERIFY(a.serverName() != b.serverName());
        QVERIFY(a.claim({}));
        QVERIFY(b.claim({}));
    }

    void staleSocketFromACrashIsReclaimed() {
        const QString key = QStringLiteral("tst-stale-%1").arg(QCoreApplication::applicationPid());
        {
            SingleInstance crashed(key);
            QVERIFY(crashed.claim({}));
        } // server gone, as after a crash
        SingleInstance next(key);
        QVERIFY(next.claim({}));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"

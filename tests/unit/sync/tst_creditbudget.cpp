#include "storage/database.h"
#include "sync/creditbudget.h"
#include "sync/creditledger.h"
#include "sync/virtualclock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;
using namespace prospector::sync;

class TestCreditBudget : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    VirtualClock m_clock;
    int m_counter = 0;
    static constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

private Q_SLOTS:
    void init() {
        m_db = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void budgetIsARollingSumOfTheLedger() {
        CreditLedger ledger(*m_db, m_clock);
        CreditBudget budget(ledger, m_clock, QStringLiteral("explorium"), 100, 30 * kDay);
        QCOMPARE(*budget.remaining(), 100);
        QVERIFY(ledger.record(QStringLiteral("explorium"), QStringLiteral("contacts_bulk_enrich"), 60, 30));
        m_clock.advance(10 * kDay);
        QVERIFY(ledger.record(QStringLiteral("explorium"), QStringLiteral("contacts_bulk_enrich"), 30, 15));
        QVERIFY(ledger.record(QStringLiteral("other"), QStringLiteral("x"), 500, 1)); // other service
        QCOMPARE(*budget.remaining(), 10);
        QCOMPARE(budget.allows(10), CreditBudget::Decision::Allowed);
        QCOMPARE(budget.allows(11), CreditBudget::Decision::BudgetReached);

        // The first spend leaves the 30-day window.
        m_clock.advance(20 * kDay + 1);
        QCOMPARE(*budget.remaining(), 70);
        QCOMPARE(*ledger.spentSince(QStringLiteral("explorium"), 0), 90);
    }

    void unlimitedAndFailClosed() {
        CreditLedger ledger(*m_db, m_clock);
        CreditBudget unlimited(ledger, m_clock, QStringLiteral("explorium"), -1);
        QVERIFY(ledger.record(QStringLiteral("explorium"), QStringLiteral("e"), 1'000'000, 1));
        QCOMPARE(unlimited.allows(1'000'000), CreditBudget::Decision::Allowed);

        CreditBudget zero(ledger, m_clock, QStringLiteral("explorium"), 0);
        QCOMPARE(zero.allows(0), CreditBudget::Decision::Allowed);
        QCOMPARE(zero.allows(1), CreditBudget::Decision::BudgetReached);

        CreditBudget limited(ledger, m_clock, QStringLiteral("explorium"), 10);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE credit_ledger")));
        QString error;
        QCOMPARE(limited.allows(1, &error), CreditBudget::Decision::Error);
        QVERIFY(!error.isEmpty());
        QVERIFY(!ledger.record(QStringLiteral("explorium"), QStringLiteral("e"), 1, 1));
    }
};

QTEST_GUILESS_MAIN(TestCreditBudget)
#include "tst_creditbudget.moc"

#include "storage/activityrepository.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "storage/sqlerror.h"
#include "sync/enrichmentstatus.h"
#include "sync/enrichmentwriter.h"
#include "sync/transaction.h"
#include "sync/virtualclock.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;
using namespace prospector::sync;

class TestEnrichmentWriter : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    VirtualClock m_clock;
    int m_counter = 0;

    qint64 add(const QString &email, const QString &phone, const QString &industry,
               const QString &stage = QStringLiteral("new")) {
        storage::Prospect p;
        p.email = email;
        p.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/p%1").arg(++m_counter);
        p.firstName = QStringLiteral("Ann");
        p.lastName = QStringLiteral("Lee");
        p.companyName = QStringLiteral("Acme");
        p.companyDomain = QStringLiteral("acme.com");
        p.phone = phone;
        p.industry = industry;
        p.stage = stage;
        return storage::ProspectRepository(*m_db).insert(p);
    }

    static EnrichmentOutcome contact(const QString &email, const QString &status = QStringLiteral("valid")) {
        EnrichmentOutcome o;
        o.matched = true;
        o.remoteId = QStringLiteral("f80a80fb6b3d55dfefd269bb35c2049e050876ae");
        o.data = {{QStringLiteral("emails"),
                   QJsonArray{QJsonObject{{QStringLiteral("address"), email},
                                          {QStringLiteral("type"), QStringLiteral("professional")}}}},
                  {QStringLiteral("professional_email"), email},
                  {QStringLiteral("professional_email_status"), status},
                  {QStringLiteral("mobile_phone"), QStringLiteral("+14155550100")}};
        return o;
    }

    bool writeProspect(qint64 id, const EnrichmentOutcome &outcome) {
        Transaction t(m_db->connection());
        QString error;
        const bool ok = EnrichmentWriter(*m_db, m_clock).writeProspect(t, id, outcome, &error) && t.commit();
        if (!ok)
            qWarning() << error;
        return ok;
    }

    QStringList kinds(qint64 id) {
        QStringList result;
        for (const storage::Activity &a : storage::ActivityRepository(*m_db).forProspect(id))
            result << a.kind;
        return result;
    }

private Q_SLOTS:
    void init() {
        m_db = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void fillsEmptyFieldsAndNeverOverwrites() {
        const qint64 typed = add(QStringLiteral("ann@acme.com"), QStringLiteral("+44 20 7946 0000"), {});
        const qint64 empty = add({}, {}, {});
        QVERIFY(writeProspect(typed, contact(QStringLiteral("someone.else@acme.com"))));
        QVERIFY(writeProspect(empty, contact(QStringLiteral("Found@Acme.com"))));

        storage::ProspectRepository repo(*m_db);
        QCOMPARE(repo.get(typed)->email, QStringLiteral("ann@acme.com"));
        QCOMPARE(repo.get(typed)->phone, QStringLiteral("+44 20 7946 0000"));
        QCOMPARE(repo.get(empty)->email, QStringLiteral("found@acme.com"));
        QCOMPARE(repo.get(empty)->phone, QStringLiteral("+14155550100"));
        QCOMPARE(repo.get(empty)->phoneKey, QStringLiteral("14155550100"));

        const EnrichmentStatusReader reader(*m_db, m_clock);
        QCOMPARE(reader.prospect(typed)->filled, QStringList{});
        QCOMPARE(reader.prospect(empty)->filled,
                 (QStringList{QStringLiteral("email"), QStringLiteral("phone")}));
        // The status is about Explorium's address: it verifies only the same address.
        const auto components = [&](qint64 id) {
            return reader.prospect(id)->quality.value(QStringLiteral("components")).toArray();
        };
        QCOMPARE(components(typed).at(0).toObject().value(QStringLiteral("quality")).toString(),
                 QStringLiteral("valid"));
        QCOMPARE(components(empty).at(0).toObject().value(QStringLiteral("quality")).toString(),
                 QStringLiteral("verified"));
        QCOMPARE(reader.prospect(empty)->qualityScore, repo.get(empty)->qualityScore);
    }

    void anAddressAnotherProspectHasIsNotTaken() {
        add(QStringLiteral("taken@acme.com"), {}, {});
        const qint64 empty = add({}, {}, {});
        QVERIFY(writeProspect(empty, contact(QStringLiteral("taken@acme.com"))));
        QVERIFY(storage::ProspectRepository(*m_db).get(empty)->email.isEmpty());
    }

    void aMatchMovesNewToEnrichedOnlyAndLogsOnce() {
        const qint64 fresh = add(QStringLiteral("a@acme.com"), {}, {});
        const qint64 later = add(QStringLiteral("b@acme.com"), {}, {}, QStringLiteral("synced"));
        QVERIFY(writeProspect(fresh, contact(QStringLiteral("a@acme.com"))));
        QVERIFY(writeProspect(later, contact(QStringLiteral("b@acme.com"))));
        storage::ProspectRepository repo(*m_db);
        QCOMPARE(repo.get(fresh)->stage, QStringLiteral("enriched"));
        QCOMPARE(repo.get(later)->stage, QStringLiteral("synced")); // never backwards
        QCOMPARE(kinds(fresh).count(QStringLiteral("enriched")), 1);
    }

    void noMatchKeepsTheStage() {
        const qint64 id = add(QStringLiteral("a@acme.com"), {}, {});
        QVERIFY(writeProspect(id, EnrichmentOutcome{}));
        QCOMPARE(storage::ProspectRepository(*m_db).get(id)->stage, QStringLiteral("new"));
        QCOMPARE(kinds(id), QStringList{QStringLiteral("enrichment_no_match")});
        QCOMPARE(EnrichmentStatusReader(*m_db, m_clock).prospect(id)->state, QStringLiteral("no_match"));
    }

    void aCompanyFillsItsRowAndItsProspects() {
        const qint64 rep = add(QStringLiteral("a@acme.com"), {}, QStringLiteral("Explosives"));
        const qint64 blank = add(QStringLiteral("b@acme.com"), {}, {});
        QVERIFY(writeProspect(blank, contact(QStringLiteral("b@acme.com"))));
        const int before = storage::ProspectRepository(*m_db).get(blank)->qualityScore;

        EnrichmentOutcome company;
        company.matched = true;
        company.remoteId = QStringLiteral("8adce3ca1cef0c986b22310e369a0793");
        company.data = {{QStringLiteral("name"), QStringLiteral("ACME Corporation")},
                        {QStringLiteral("industry"), QStringLiteral("software development")},
                        {QStringLiteral("employees"), QStringLiteral("51-200")},
                        {QStringLiteral("country"), QStringLiteral("United States")},
                        {QStringLiteral("website"), QStringLiteral("https://www.acme.com")}};
        {
            Transaction t(m_db->connection());
            QVERIFY(EnrichmentWriter(*m_db, m_clock)
                        .writeCompany(t, QStringLiteral("acme.com"), QStringLiteral("Acme"), company));
            QVERIFY(t.commit());
        }
        QSqlQuery q(m_db->connection());
        QVERIFY(storage::exec(q, QStringLiteral("SELECT id, name, industry, size, country FROM companies")));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("Acme")); // the rep's name is kept
        QCOMPARE(q.value(2).toString(), QStringLiteral("software development"));
        storage::ProspectRepository repo(*m_db);
        QCOMPARE(repo.get(rep)->industry, QStringLiteral("Explosives"));
        QCOMPARE(repo.get(blank)->industry, QStringLiteral("software development"));
        QCOMPARE(repo.get(blank)->companySize, QStringLiteral("51-200"));
        QCOMPARE(repo.get(blank)->companyId, q.value(0).toLongLong());
        QCOMPARE(repo.get(blank)->qualityScore, before + 10); // firmographics now complete
        const auto state = EnrichmentStatusReader(*m_db, m_clock).prospect(blank);
        QCOMPARE(state->company.value(QStringLiteral("business_id")).toString(), company.remoteId);
    }
};

QTEST_GUILESS_MAIN(TestEnrichmentWriter)
#include "tst_enrichmentwriter.moc"

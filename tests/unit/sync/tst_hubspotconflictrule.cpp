#include "sync/hubspotconflictrule.h"

#include <QtTest>

using namespace prospector;
using namespace prospector::sync;
using Properties = hubspot::Properties;

Q_DECLARE_METATYPE(Properties)

// The conflict rule for one property at a time (B = last synced, L = local, H = HubSpot), then a
// whole contact: what goes up, what comes down, what is a conflict, what is remembered.
class TestHubSpotConflictRule : public QObject {
    Q_OBJECT

    static Properties one(const QString &value) {
        return value.isNull() ? Properties{} : Properties{{QStringLiteral("jobtitle"), value}};
    }

private Q_SLOTS:
    void singleProperty_data() {
        QTest::addColumn<bool>("hasBaseline");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("local");
        QTest::addColumn<QString>("hubspot");
        QTest::addColumn<QString>("sent");   // null: nothing sent
        QTest::addColumn<QString>("pulled"); // null: local field unchanged
        QTest::addColumn<bool>("conflict");
        QTest::addColumn<QString>("agreed");
        // Synced before (baseline known).
        QTest::newRow("nobody changed") << true << "CEO"
                                        << "CEO"
                                        << "CEO" << QString() << QString() << false << "CEO";
        QTest::newRow("rep changed") << true << "CEO"
                                     << "CTO"
                                     << "CEO"
                                     << "CTO" << QString() << false << "CTO";
        QTest::newRow("rep cleared") << true << "CEO"
                                     << ""
                                     << "CEO"
                                     << "" << QString() << false << "";
        QTest::newRow("HubSpot changed") << true << "CEO"
                                         << "CEO"
                                         << "COO" << QString() << "COO" << false << "COO";
        QTest::newRow("HubSpot cleared") << true << "CEO"
                                         << "CEO"
                                         << "" << QString() << "" << false << "";
        QTest::newRow("both changed") << true << "CEO"
                                      << "CTO"
                                      << "COO" << QString() << "COO" << true << "COO";
        QTest::newRow("both changed alike") << true << "CEO"
                                            << "CFO"
                                            << "CFO" << QString() << QString() << false << "CFO";
        QTest::newRow("rep filled, HubSpot filled") << true << ""
                                                    << "CTO"
                                                    << "COO" << QString() << "COO" << true << "COO";
        // First sync of a contact that already existed in HubSpot (no baseline).
        QTest::newRow("first: HubSpot empty") << false << ""
                                              << "CTO"
                                              << ""
                                              << "CTO" << QString() << false << "CTO";
        QTest::newRow("first: we have nothing") << false << ""
                                                << ""
                                                << "COO" << QString() << "COO" << false << "COO";
        QTest::newRow("first: disagree") << false << ""
                                         << "CTO"
                                         << "COO" << QString() << "COO" << true << "COO";
        QTest::newRow("first: agree") << false << ""
                                      << "CTO"
                                      << "CTO" << QString() << QString() << false << "CTO";
        QTest::newRow("whitespace is not a change") << true << "CEO"
                                                    << " CEO "
                                                    << "CEO" << QString() << QString() << false << "CEO";
    }
    void singleProperty() {
        QFETCH(bool, hasBaseline);
        QFETCH(QString, base);
        QFETCH(QString, local);
        QFETCH(QString, hubspot);
        QFETCH(QString, sent);
        QFETCH(QString, pulled);
        QFETCH(bool, conflict);
        QFETCH(QString, agreed);
        const std::optional<Properties> baseline = hasBaseline ? std::optional(one(base)) : std::nullopt;
        const ContactMergePlan plan = HubSpotConflictRule::merge(baseline, one(local), one(hubspot));
        const QString property = QStringLiteral("jobtitle");
        QCOMPARE(plan.toSend.contains(property), !sent.isNull());
        if (!sent.isNull())
            QCOMPARE(plan.toSend.value(property), sent);
        QCOMPARE(plan.localUpdates.contains(property), !pulled.isNull());
        if (!pulled.isNull())
            QCOMPARE(plan.localUpdates.value(property), pulled);
        QCOMPARE(plan.conflicts.size(), conflict ? 1 : 0);
        if (conflict) {
            QCOMPARE(plan.conflicts.first().property, property);
            QCOMPARE(plan.conflicts.first().baseValue, base);
            QCOMPARE(plan.conflicts.first().localValue, local.trimmed());
            QCOMPARE(plan.conflicts.first().hubspotValue, hubspot);
        }
        QCOMPARE(plan.agreed.value(property), agreed);
    }

    void wholeContact() {
        const Properties base{{QStringLiteral("firstname"), QStringLiteral("Ann")},
                              {QStringLiteral("jobtitle"), QStringLiteral("Engineer")},
                              {QStringLiteral("city"), QStringLiteral("Paris")}};
        const Properties local{
            {QStringLiteral("firstname"), QStringLiteral("Ann")},
            {QStringLiteral("jobtitle"), QStringLiteral("Lead Engineer")},
            {QStringLiteral("city"), QStringLiteral("Paris")},
            {QStringLiteral("phone"), QStringLiteral("+33 1")},
            {QStringLiteral("email"), QStringLiteral("ann@x.io")}}; // identity: never merged
        const Properties remote{{QStringLiteral("firstname"), QStringLiteral("Anne")},
                                {QStringLiteral("jobtitle"), QStringLiteral("VP")},
                                {QStringLiteral("city"), QStringLiteral("Paris")},
                                {QStringLiteral("hs_object_id"), QStringLiteral("5")}};
        const ContactMergePlan plan = HubSpotConflictRule::merge(base, local, remote);
        QCOMPARE(plan.toSend, (Properties{{QStringLiteral("phone"), QStringLiteral("+33 1")}}));
        QCOMPARE(plan.localUpdates, (Properties{{QStringLiteral("firstname"), QStringLiteral("Anne")},
                                                {QStringLiteral("jobtitle"), QStringLiteral("VP")}}));
        QCOMPARE(plan.conflicts.size(), 1);
        QCOMPARE(plan.conflicts.first().property, QStringLiteral("jobtitle"));
        QCOMPARE(plan.agreed, (Properties{{QStringLiteral("firstname"), QStringLiteral("Anne")},
                                          {QStringLiteral("jobtitle"), QStringLiteral("VP")},
                                          {QStringLiteral("city"), QStringLiteral("Paris")},
                                          {QStringLiteral("phone"), QStringLiteral("+33 1")}}));
        QVERIFY(!plan.toSend.contains(QStringLiteral("email")));
    }

    void everySyncedPropertyHasAFieldAndALabel() {
        for (const QString &property : HubSpotConflictRule::syncedProperties()) {
            QVERIFY2(!HubSpotConflictRule::fieldFor(property).isEmpty(), qPrintable(property));
            QVERIFY2(!HubSpotConflictRule::fieldLabel(property).isEmpty(), qPrintable(property));
        }
        QVERIFY(!HubSpotConflictRule::syncedProperties().contains(QStringLiteral("email")));
        QCOMPARE(HubSpotConflictRule::fieldFor(QStringLiteral("state")), QStringLiteral("region"));
        QCOMPARE(HubSpotConflictRule::fieldLabel(QStringLiteral("jobtitle")), QStringLiteral("job title"));
        QCOMPARE(HubSpotConflictRule::fieldLabel(QStringLiteral("state")), QStringLiteral("region"));
    }
};

QTEST_GUILESS_MAIN(TestHubSpotConflictRule)
#include "tst_hubspotconflictrule.moc"

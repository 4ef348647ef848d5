#include "importing/mergeplan.h"

#include <QtTest>

using namespace prospector::importing;
using namespace Qt::StringLiterals;

namespace {

ExistingProspect existing() {
    ExistingProspect e;
    e.id = 7;
    e.values[FirstName] = u"Ada"_s;
    e.values[LastName] = u"Lovelace"_s;
    e.values[Email] = u"ada@analytical.io"_s;
    e.values[Title] = u"Countess"_s;
    e.values[CompanyName] = u"AE"_s;
    e.values[CompanyDomain] = u"analytical.io"_s;
    e.values[CustomFields] = u"{\"Score\":\"5\"}"_s;
    e.values[NameKey] = u"ada lovelace|analytical.io"_s;
    return e;
}

ProspectDraft draft() {
    ProspectDraft d;
    d.firstName = u"Ada"_s;
    d.lastName = u"Lovelace"_s;
    d.email = u"ada@analytical.io"_s;
    d.linkedinUrl = u"https://www.linkedin.com/in/ada"_s;
    d.title = u"Mathematician"_s;
    d.city = u"London"_s;
    d.customFields = {{u"Score"_s, u"9"_s}, {u"Team"_s, u"Math"_s}};
    return d;
}

const FieldChange *find(const QList<FieldChange> &changes, MergeColumn column) {
    for (const FieldChange &c : changes) {
        if (c.column == column)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestMergePlan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void skipChangesNothing() { QVERIFY(planMerge(existing(), draft(), DedupPolicy::Skip).isEmpty()); }

    void fillOnlySetsEmptyFields() {
        const QList<FieldChange> changes = planMerge(existing(), draft(), DedupPolicy::Fill);
        QVERIFY(!find(changes, Title)); // not empty: kept
        QVERIFY(find(changes, LinkedinUrl));
        QCOMPARE(find(changes, LinkedinUrl)->oldValue, QString());
        QCOMPARE(find(changes, City)->newValue, u"London"_s);
        const FieldChange *custom = find(changes, CustomFields);
        QVERIFY(custom);
        QVERIFY(custom->newValue.contains(u"\"Score\":\"5\""_s)); // existing value kept
        QVERIFY(custom->newValue.contains(u"\"Team\":\"Math\""_s));
        QVERIFY(!find(changes, NameKey)); // names unchanged: key unchanged
        QCOMPARE(changes.size(), 3);
    }

    void overwriteReplacesButOnlyFillsIdentity() {
        ExistingProspect e = existing();
        e.values[LinkedinUrl] = u"https://www.linkedin.com/in/someone-else"_s;
        ProspectDraft d = draft();
        d.email = u"other@analytical.io"_s;
        d.companyDomain = u"engines.io"_s;
        const QList<FieldChange> changes = planMerge(e, d, DedupPolicy::Overwrite);
        QCOMPARE(find(changes, Title)->newValue, u"Mathematician"_s);
        QCOMPARE(find(changes, Title)->oldValue, u"Countess"_s);
        QVERIFY(!find(changes, Email));
        QVERIFY(!find(changes, LinkedinUrl));
        QVERIFY(find(changes, CustomFields)->newValue.contains(u"\"Score\":\"9\""_s));
        QCOMPARE(find(changes, NameKey)->newValue, u"ada lovelace|engines.io"_s);
    }

    void emptyValuesNeverOverwrite() {
        ProspectDraft d;
        d.email = u"ada@analytical.io"_s;
        QVERIFY(planMerge(existing(), d, DedupPolicy::Overwrite).isEmpty());
    }

    void policyKeys() {
        for (DedupPolicy p : {DedupPolicy::Skip, DedupPolicy::Fill, DedupPolicy::Overwrite})
            QCOMPARE(policyFromKey(policyKey(p)), p);
        QVERIFY(!policyFromKey(u"replace"_s));
        QCOMPARE(mergeColumnFromName(u"company_domain"_s), CompanyDomain);
        QVERIFY(!mergeColumnFromName(u"id; DROP TABLE prospects"_s));
    }
};

QTEST_GUILESS_MAIN(TestMergePlan)
#include "tst_mergeplan.moc"

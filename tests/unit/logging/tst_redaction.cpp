#include "logging/redaction.h"

#include <QtTest>

using prospector::logging::redact;

class TestRedaction : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { prospector::logging::clearRegisteredSecrets(); }

    void redacts_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mustNotContain");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("bearer header") << QStringLiteral("Authorization: Bearer pat-na1-1234abcd-ffff")
                                       << QStringLiteral("1234abcd") << QStringLiteral("Bearer [REDACTED]");
        QTest::newRow("basic header")
            << QStringLiteral("Authorization: Basic OmxlbWxpc3RrZXk=") << QStringLiteral("OmxlbWxpc3RrZXk")
            << QStringLiteral("Basic [REDACTED]");
        QTest::newRow("hubspot token bare") << QStringLiteral("token pat-eu1-aaaa-bbbb-cccc failed")
                                            << QStringLiteral("aaaa-bbbb") << QStringLiteral("failed");
        QTest::newRow("api_key header")
            << QStringLiteral("api_key: 9f8e7d6c5b4a") << QStringLiteral("9f8e7d6c5b4a")
            << QStringLiteral("api_key: [REDACTED]");
        QTest::newRow("query string") << QStringLiteral("GET /v1?access_token=sekret123&x=1")
                                      << QStringLiteral("sekret123") << QStringLiteral("&x=1");
        QTest::newRow("json password") << QStringLiteral(R"({"password": "hunter22", "user": "bob"})")
                                       << QStringLiteral("hunter22") << QStringLiteral("\"user\"");
        QTest::newRow("email") << QStringLiteral("upsert jane.doe@acme.com done")
                               << QStringLiteral("jane.doe") << QStringLiteral("j***@acme.com");
        QTest::newRow("plain text untouched")
            << QStringLiteral("imported 42 rows in 1.2 s") << QStringLiteral("[REDACTED]")
            << QStringLiteral("imported 42 rows in 1.2 s");
    }

    void redacts() {
        QFETCH(QString, input);
        QFETCH(QString, mustNotContain);
        QFETCH(QString, mustContain);
        const QString out = redact(input);
        QVERIFY2(!out.contains(mustNotContain), qPrintable(out));
        QVERIFY2(out.contains(mustContain), qPrintable(out));
    }

    void registeredSecretsAreMaskedWhateverTheirShape() {
        const QString token = QStringLiteral("zq81-UNUSUAL-shape_token");
        QVERIFY(redact(QStringLiteral("got ") + token).contains(token));
        prospector::logging::registerSecret(token);
        QVERIFY(!redact(QStringLiteral("got ") + token).contains(token));
        QVERIFY(!redact(QStringLiteral("prefix") + token + QStringLiteral("suffix")).contains(token));
    }

    void shortSecretsAreIgnoredToAvoidMaskingWords() {
        prospector::logging::registerSecret(QStringLiteral("the"));
        QCOMPARE(redact(QStringLiteral("the end")), QStringLiteral("the end"));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"

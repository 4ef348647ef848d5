#include "net/errorclassifier.h"

#include <QtTest>

using namespace prospector::net;

Q_DECLARE_METATYPE(prospector::net::Service)

// Status + body pairs are the ones documented in CONTRACTS.md.
class TestErrorClassifier : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Defined after the class: moc cannot tokenize the JSON raw strings in it.
    void mapsContractErrors_data();

    void mapsContractErrors() {
        QFETCH(Service, service);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, category);
        QFETCH(QString, messageContains);
        const ApiError e = classifyHttpStatus(service, status, body, {});
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.httpStatus, status);
        if (!category.isEmpty())
            QCOMPARE(e.remoteCategory, category);
        if (!messageContains.isEmpty())
            QVERIFY2(e.serverMessage.contains(messageContains), qPrintable(e.serverMessage));
        QVERIFY(!e.userMessage().isEmpty());
    }

    void retryAfterSources() {
        // Explorium body retry_after, HubSpot policy waits, Retry-After header wins.
        ApiError e = classifyHttpStatus(Service::Explorium, 429, R"({"code":429,"retry_after":60})", {});
        QCOMPARE(e.retryAfterMs, qint64(60000));
        e = classifyHttpStatus(
            Service::HubSpot, 429,
            R"({"message":"You have reached your ten_secondly_rolling limit.","policyName":"TEN_SECONDLY_ROLLING"})",
            {});
        QCOMPARE(e.retryAfterMs, qint64(10000));
        // A portal whose window is another length says so in the headers: wait that long.
        e = classifyHttpStatus(
            Service::HubSpot, 429,
            R"({"message":"You have reached your ten_secondly_rolling limit.","policyName":"TEN_SECONDLY_ROLLING"})",
            {{"x-hubspot-ratelimit-interval-milliseconds", "500"}});
        QCOMPARE(e.retryAfterMs, qint64(500));
        e = classifyHttpStatus(
            Service::HubSpot, 429,
            R"({"message":"You have reached your secondly limit.","errorType":"RATE_LIMIT","policyName":"SECONDLY"})",
            {});
        QCOMPARE(e.retryAfterMs, qint64(1000));
        e = classifyHttpStatus(Service::HubSpot, 423, {}, {});
        QCOMPARE(e.retryAfterMs, qint64(2000));
        e = classifyHttpStatus(Service::Lemlist, 429, "Too many requests", {{"retry-after", "2"}});
        QCOMPARE(e.retryAfterMs, qint64(2000));
        e = classifyHttpStatus(Service::HubSpot, 429, R"({"policyName":"DAILY"})", {});
        QVERIFY(e.retryAfterMs > 0 && e.retryAfterMs <= 24 * 3600 * 1000); // until (UTC) midnight
        e = classifyHttpStatus(Service::HubSpot, 477, {}, {{"retry-after", "5"}});
        QCOMPARE(e.retryAfterMs, qint64(5000));
    }

    void retryAfterHttpDate() {
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 30), Qt::UTC);
        QCOMPARE(parseRetryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT", now), qint64(30000));
        QCOMPARE(parseRetryAfterMs("soon", now), qint64(-1));
        QCOMPARE(parseRetryAfterMs("", now), qint64(-1));
        QCOMPARE(parseRetryAfterMs(" 3 ", now), qint64(3000));
    }

    void networkErrors() {
        QCOMPARE(classifyNetworkError(Service::HubSpot, QNetworkReply::RemoteHostClosedError, {}, false).kind,
                 ApiErrorKind::Network);
        QCOMPARE(
            classifyNetworkError(Service::HubSpot, QNetworkReply::SslHandshakeFailedError, {}, false).kind,
            ApiErrorKind::Network);
        QCOMPARE(classifyNetworkError(Service::HubSpot, QNetworkReply::OperationCanceledError, {}, true).kind,
                 ApiErrorKind::Timeout);
        const ApiError refused =
            classifyNetworkError(Service::HubSpot, QNetworkReply::ConnectionRefusedError, {}, false);
        QCOMPARE(refused.kind, ApiErrorKind::Network);
        QCOMPARE(refused.remoteCategory, QStringLiteral("CONNECTION_REFUSED"));
    }

    void longMessagesAreBounded() {
        const QByteArray huge(100000, 'x');
        const ApiError e = classifyHttpStatus(Service::Lemlist, 400, huge, {});
        QVERIFY(e.serverMessage.size() <= 300);
    }
};

void TestErrorClassifier::mapsContractErrors_data() {
    QTest::addColumn<Service>("service");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("messageContains");

    const auto hs = Service::HubSpot;
    const auto ll = Service::Lemlist;
    const auto ex = Service::Explorium;
    QTest::newRow("hubspot 200") << hs << 200 << QByteArray("{}") << int(ApiErrorKind::None) << QString()
                                 << QString();
    QTest::newRow("hubspot 401")
        << hs << 401
        << QByteArray(
               R"({"status":"error","message":"Authentication credentials not found.","correlationId":"cead9e40","category":"INVALID_AUTHENTICATION"})")
        << int(ApiErrorKind::Auth) << QStringLiteral("INVALID_AUTHENTICATION")
        << QStringLiteral("credentials not found");
    QTest::newRow("hubspot expired token as 401")
        << hs << 401
        << QByteArray(
               R"({"status":"error","message":"The OAuth token used to make this call expired 5 second(s) ago.","category":"EXPIRED_AUTHENTICATION"})")
        << int(ApiErrorKind::Auth) << QStringLiteral("EXPIRED_AUTHENTICATION") << QStringLiteral("expired");
    QTest::newRow("hubspot 403 scopes")
        << hs << 403
        << QByteArray(
               R"({"status":"error","message":"This app has not been granted all required scopes to make this call.","correlationId":"dc49","errors":[{"message":"One or more of the following scopes are required.","context":{"requiredGranularScopes":["crm.objects.deals.read"]}}],"links":{"scopes":"https:\/\/developers.hubspot.com\/scopes"},"category":"MISSING_SCOPES"})")
        << int(ApiErrorKind::Permission) << QStringLiteral("MISSING_SCOPES") << QStringLiteral("scopes");
    QTest::newRow("hubspot 409")
        << hs << 409
        << QByteArray(
               R"({"status":"error","message":"Contact already exists. Existing ID: 37765128953","correlationId":"2dea","category":"CONFLICT"})")
        << int(ApiErrorKind::Conflict) << QStringLiteral("CONFLICT")
        << QStringLiteral("Existing ID: 37765128953");
    QTest::newRow("hubspot 400 validation")
        << hs << 400
        << QByteArray(
               R"({"status":"error","message":"Duplicate IDs found in batch input: [12877907025]. IDs must be unique","correlationId":"d24e","context":{"ids":["12877907025"]},"category":"VALIDATION_ERROR"})")
        << int(ApiErrorKind::Validation) << QStringLiteral("VALIDATION_ERROR")
        << QStringLiteral("Duplicate IDs");
    QTest::newRow("hubspot 404")
        << hs << 404
        << QByteArray(
               R"({"status":"error","message":"Object not found.  objectId are usually numeric.","correlationId":"x","context":{"id":["a"]},"category":"OBJECT_NOT_FOUND"})")
        << int(ApiErrorKind::NotFound) << QStringLiteral("OBJECT_NOT_FOUND")
        << QStringLiteral("Object not found");
    QTest::newRow("hubspot 429 daily")
        << hs << 429
        << QByteArray(
               R"({"status":"error","message":"You have reached your daily limit.","errorType":"RATE_LIMIT","correlationId":"c033","policyName":"DAILY","requestId":"3d3e"})")
        << int(ApiErrorKind::RateLimited) << QStringLiteral("DAILY") << QStringLiteral("daily limit");
    QTest::newRow("hubspot 502 html")
        << hs << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
        << int(ApiErrorKind::Server) << QString() << QString();
    QTest::newRow("hubspot 423") << hs << 423 << QByteArray() << int(ApiErrorKind::RateLimited) << QString()
                                 << QString();
    QTest::newRow("hubspot 477") << hs << 477 << QByteArray() << int(ApiErrorKind::Server) << QString()
                                 << QString();
    QTest::newRow("redirect refused")
        << hs << 302 << QByteArray() << int(ApiErrorKind::MalformedResponse) << QString() << QString();

    QTest::newRow("lemlist 400 no key")
        << ll << 400 << QByteArray("No API key provided") << int(ApiErrorKind::Auth) << QString()
        << QStringLiteral("No API key");
    QTest::newRow("lemlist 401") << ll << 401 << QByteArray("The authentication you supplied is incorrect")
                                 << int(ApiErrorKind::Auth) << QString() << QStringLiteral("incorrect");
    QTest::newRow("lemlist 403 blocked")
        << ll << 403 << QByteArray("User linked to this API key is blocked") << int(ApiErrorKind::Permission)
        << QString() << QStringLiteral("blocked");
    QTest::newRow("lemlist 404 no user") << ll << 404 << QByteArray("No user found for this API key")
                                         << int(ApiErrorKind::Auth) << QString() << QStringLiteral("No user");
    QTest::newRow("lemlist 404 lead")
        << ll << 404 << QByteArray("Lead not found") << int(ApiErrorKind::NotFound) << QString()
        << QStringLiteral("Lead not found");
    QTest::newRow("lemlist duplicate lead 400")
        << ll << 400 << QByteArray("Lead already in the campaign") << int(ApiErrorKind::Conflict)
        << QStringLiteral("LEAD_ALREADY_IN_CAMPAIGN") << QStringLiteral("already");
    QTest::newRow("lemlist other campaign 500")
        << ll << 500 << QByteArray("Lead already in other campaign") << int(ApiErrorKind::Conflict)
        << QStringLiteral("LEAD_IN_OTHER_CAMPAIGN") << QStringLiteral("other campaign");
    QTest::newRow("lemlist other campaign 409")
        << ll << 409 << QByteArray("Lead already in other campaign") << int(ApiErrorKind::Conflict)
        << QStringLiteral("LEAD_IN_OTHER_CAMPAIGN") << QStringLiteral("other campaign");
    QTest::newRow("lemlist graveyard 500")
        << ll << 500 << QByteArray("Lead in graveyard") << int(ApiErrorKind::Validation)
        << QStringLiteral("LEAD_IN_GRAVEYARD") << QStringLiteral("graveyard");
    QTest::newRow("lemlist 429") << ll << 429 << QByteArray("Too many requests")
                                 << int(ApiErrorKind::RateLimited) << QString() << QStringLiteral("Too many");

    QTest::newRow("explorium 401") << ex << 401
                                   << QByteArray(R"({"details":"Unauthorized","correlation_id":"abc"})")
                                   << int(ApiErrorKind::Auth) << QString() << QStringLiteral("Unauthorized");
    QTest::newRow("explorium 403 credits")
        << ex << 403
        << QByteArray(
               R"({"details":"You have insufficient credits to perform this operation. Please purchase additional credits.","correlation_id":"x"})")
        << int(ApiErrorKind::Permission) << QStringLiteral("INSUFFICIENT_CREDITS")
        << QStringLiteral("insufficient credits");
    QTest::newRow("explorium 422")
        << ex << 422
        << QByteArray(
               R"({"detail":[{"loc":["body","businesses_to_match"],"msg":"ensure this value has at most 50 items","type":"value_error.list.max_items"}]})")
        << int(ApiErrorKind::Validation) << QStringLiteral("value_error.list.max_items")
        << QStringLiteral("at most 50");
    QTest::newRow("explorium 429")
        << ex << 429
        << QByteArray(
               R"({"error":"rate_limit_exceeded","message":"API rate limit exceeded. Please retry after 60 seconds.","retry_after":60})")
        << int(ApiErrorKind::RateLimited) << QStringLiteral("rate_limit_exceeded")
        << QStringLiteral("rate limit exceeded");
    QTest::newRow("explorium 500") << ex << 500
                                   << QByteArray(R"({"details":"An internal server error occurred"})")
                                   << int(ApiErrorKind::Server) << QString() << QStringLiteral("internal");
    QTest::newRow("explorium 503 truncated") << ex << 503 << QByteArray(R"({"details":"Service unav)")
                                             << int(ApiErrorKind::Server) << QString() << QString();
}

QTEST_GUILESS_MAIN(TestErrorClassifier)
#include "tst_errorclassifier.moc"

#include "lemlist/messagetext.h"

#include <QtTest>

using prospector::lemlist::MessageText;

// E-mail bodies as lemlist stores them (HTML from the sender's client) to the text the sender wrote.
class TestMessageText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fromHtml_data() {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        // The shape of lemlist's own documented inbox example (Gmail reply with the quoted original).
        QTest::newRow("gmail reply")
            << QStringLiteral("<div dir=\"ltr\">Haha Welcome Jordan, j&#39;adore cette campagne ! <br><br>A "
                              "tr\u00e8s vite, "
                              "<div>Alex </div></div><br><div class=\"gmail_quote "
                              "gmail_quote_container\"><div dir=\"ltr\" "
                              "class=\"gmail_attr\">On Tue, Dec 3, 2024 at 10:52 AM Jordan DOE &lt;<a "
                              "href=\"mailto:jordan.doe@example.com\">jordan.doe@example.com</a>&gt; "
                              "wrote:<br></div><blockquote "
                              "class=\"gmail_quote\"><p>Hey Alex, I hope this email finds you "
                              "well!</p></blockquote></div>")
            << QStringLiteral("Haha Welcome Jordan, j'adore cette campagne !\n\nA tr\u00e8s vite,\nAlex");
        QTest::newRow("outlook reply")
            << QStringLiteral(
                   "<html><head><style>p{margin:0}</style></head><body><p>Not interested, thanks.</p><div "
                   "id=\"divRplyFwdMsg\"><b>From:</b> Sam</div><p>Original pitch</p></body></html>")
            << QStringLiteral("Not interested, thanks.");
        QTest::newRow("entities") << QStringLiteral("Tom &amp; Jerry &lt;3 &#x1F600; &quot;yes&quot;&nbsp;!")
                                  << QStringLiteral("Tom & Jerry <3 \U0001F600 \"yes\" !");
        QTest::newRow("markup is dropped, not run")
            << QStringLiteral("<script>alert(1)</script><b>Call</b> me <i>Monday</i><!-- tracking -->")
            << QStringLiteral("Call me Monday");
        QTest::newRow("bad entities stay") << QStringLiteral("a &#xD800; b &bogus; c &#99999999;")
                                           << QStringLiteral("a &#xD800; b &bogus; c &#99999999;");
        QTest::newRow("empty") << QString() << QString();
    }
    void fromHtml() {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(MessageText::fromHtml(html), text);
    }
};

QTEST_GUILESS_MAIN(TestMessageText)
#include "tst_messagetext.moc"

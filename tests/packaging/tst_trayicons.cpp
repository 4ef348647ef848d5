// The tray icon set embedded in the QML module: every autopilot state has a colour icon and a
// monochrome (symbolic) one, and the monochrome ones really are one colour, so panels and macOS
// (QIcon::setIsMask) can tint them.
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QSvgRenderer>
#include <QTest>

namespace {

QImage render(const QString &path, int size) {
    QSvgRenderer renderer(path);
    if (!renderer.isValid())
        return {};
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    return image;
}

// Distinct colours of the clearly opaque pixels (edges are anti-aliased, so half-covered ones are
// left out), and how many pixels are drawn at all.
QSet<QRgb> opaqueColours(const QImage &image, int *drawn) {
    QSet<QRgb> colours;
    *drawn = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) > 0)
                ++*drawn;
            if (qAlpha(pixel) == 255)
                colours.insert(pixel);
        }
    }
    return colours;
}

const QString kPrefix = QStringLiteral(":/qt/qml/Prospector/icons/");

} // namespace

class TestTrayIcons : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyState_data() {
        QTest::addColumn<QString>("state");
        for (const char *state : {"idle", "running", "paused", "attention"})
            QTest::newRow(state) << QString::fromLatin1(state);
    }

    void everyState() {
        QFETCH(QString, state);
        int drawn = 0;
        const QImage colour =
            render(kPrefix + QStringLiteral("tray/tray-") + state + QStringLiteral(".svg"), 64);
        QVERIFY2(!colour.isNull(), "colour icon is embedded and valid");
        QVERIFY(opaqueColours(colour, &drawn).size() >= 3);
        QVERIFY2(drawn > 64 * 64 / 2, "colour icon fills most of its square");

        const QImage mono =
            render(kPrefix + QStringLiteral("tray/tray-") + state + QStringLiteral("-symbolic.svg"), 64);
        QVERIFY2(!mono.isNull(), "monochrome icon is embedded and valid");
        QCOMPARE(opaqueColours(mono, &drawn).size(), 1);
        QVERIFY2(drawn > 200, "monochrome icon draws something");
    }

    void statesLookDifferent() {
        QSet<QByteArray> seen;
        for (const char *state : {"idle", "running", "paused", "attention"}) {
            for (const char *suffix : {"", "-symbolic"}) {
                const QImage image = render(
                    kPrefix +
                        QStringLiteral("tray/tray-%1%2.svg").arg(QLatin1String(state), QLatin1String(suffix)),
                    32);
                const QByteArray bytes(reinterpret_cast<const char *>(image.constBits()),
                                       image.sizeInBytes());
                QVERIFY2(!seen.contains(bytes), state);
                seen.insert(bytes);
            }
        }
    }

    void appSymbolicIconIsMonochrome() {
        int drawn = 0;
        const QImage mono = render(kPrefix + QStringLiteral("prospector-symbolic.svg"), 64);
        QVERIFY(!mono.isNull());
        QCOMPARE(opaqueColours(mono, &drawn).size(), 1);
    }
};

QTEST_MAIN(TestTrayIcons)

#include "tst_trayicons.moc"

#include "importing/mappingpresets.h"
#include "importing/rowsource.h"

#include <QBuffer>
#include <QtTest>

using namespace prospector;
using namespace prospector::importing;
using namespace Qt::StringLiterals;

namespace {

QByteArray rows(int count) {
    QByteArray data = "First Name,Last Name,Email,Company\n";
    for (int i = 0; i < count; ++i)
        data += "F" + QByteArray::number(i) + ",L" + QByteArray::number(i) + "," +
                (i % 10 == 9 ? QByteArray("not-an-email") : "u" + QByteArray::number(i) + "@acme.io") +
                ",Acme\n";
    return data;
}

// Serves `failAfter` bytes, then fails as a broken disk or network share would.
class FailingDevice : public QIODevice {
public:
    FailingDevice(QByteArray data, qint64 failAfter)
        : m_data(std::move(data))
        , m_failAfter(failAfter) {}
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *out, qint64 max) override {
        if (m_pos >= m_failAfter) {
            setErrorString(u"I/O error"_s);
            return -1;
        }
        const qint64 n = std::min({max, m_failAfter - m_pos, qint64(m_data.size()) - m_pos});
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_failAfter;
    qint64 m_pos = 0;
};

struct Fixture {
    csv::CsvDialect dialect;
    std::unique_ptr<csv::CsvReader> reader;
    std::unique_ptr<RowBuilder> builder;

    explicit Fixture(QIODevice *device) {
        reader = std::make_unique<csv::CsvReader>(device, dialect);
        csv::CsvRecord header;
        reader->next(header);
        builder =
            std::make_unique<RowBuilder>(MappingPresets::map(header.fields, u"generic"_s), u"test.csv"_s);
    }
};

} // namespace

class TestRowSource : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Rows come out in file order, each once, built and validated on the other thread.
    void deliversEveryRowInOrder() {
        QBuffer buffer;
        buffer.setData(rows(5000));
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Fixture f(&buffer);
        RowSource source(*f.reader, *f.builder);
        source.start();
        RowChunk chunk;
        int seen = 0;
        int rejected = 0;
        qint64 lastLine = 1;
        while (source.next(chunk)) {
            QVERIFY(chunk.rows.size() <= size_t(RowSource::kChunkRows));
            for (const ParsedRow &row : chunk.rows) {
                QCOMPARE(row.line, lastLine + 1);
                lastLine = row.line;
                QCOMPARE(row.draft.firstName, u"F%1"_s.arg(seen));
                if (row.rejection.isEmpty()) {
                    QCOMPARE(row.encoded.values.at(0), "F" + QByteArray::number(seen));
                    QCOMPARE(row.encoded.values.at(EncodedProspect::kColumns - 1), QByteArray("{}"));
                } else {
                    ++rejected;
                    QCOMPARE(row.fields.size(), 4); // kept for the error report
                }
                ++seen;
            }
        }
        QCOMPARE(seen, 5000);
        QCOMPARE(rejected, 500);
        QVERIFY(source.errorString().isEmpty());
        QCOMPARE(source.bytesRead(), buffer.size());
    }

    // The writer stops early (cancel, failure) while the reader is blocked on a full queue: both
    // end, nothing hangs.
    void stopWhileTheQueueIsFull() {
        QBuffer buffer;
        buffer.setData(rows(50000));
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Fixture f(&buffer);
        auto source = std::make_unique<RowSource>(*f.reader, *f.builder);
        source->start();
        RowChunk chunk;
        QVERIFY(source->next(chunk));
        source->stop();
        QVERIFY(!source->next(chunk));
        source.reset(); // joins the reading thread
        QVERIFY(f.reader->bytesRead() < buffer.size());
    }

    void aReadErrorEndsTheRowsWithAMessage() {
        FailingDevice device(rows(20000), 100000);
        QVERIFY(device.open(QIODevice::ReadOnly));
        Fixture f(&device);
        RowSource source(*f.reader, *f.builder);
        source.start();
        RowChunk chunk;
        int seen = 0;
        while (source.next(chunk))
            seen += int(chunk.rows.size());
        QVERIFY(seen > 0 && seen < 20000);
        QVERIFY2(source.errorString().contains(u"I/O error"_s), qPrintable(source.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestRowSource)
#include "tst_rowsource.moc"

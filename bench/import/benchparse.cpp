// Times the parsing side of an import (read, decode, map, normalize, validate, custom-field JSON)
// with no database, to separate it from the storage side in bench/RESULTS.md.
#include "csv/csvreader.h"
#include "csv/csvsniffer.h"
#include "importing/mappingpresets.h"
#include "importing/rowbuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <ctime>

using namespace prospector;

namespace {

double cpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_import_parse FILE\n";
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        out << "cannot open " << file.fileName() << '\n';
        return 1;
    }
    QElapsedTimer wall;
    wall.start();
    const double cpu0 = cpuSeconds();
    const QByteArray head = file.peek(csv::CsvSniffer::kSampleSize);
    const csv::SniffResult sniffed = csv::CsvSniffer::sniff(head, head.size() < file.size());
    csv::CsvReader reader(&file, sniffed.dialect);
    csv::CsvRecord record;
    if (!reader.next(record))
        return 1;
    QStringList headers;
    for (const QString &h : std::as_const(record.fields))
        headers << h.trimmed();
    const importing::ColumnMapping mapping =
        importing::MappingPresets::map(headers, importing::MappingPresets::detect(headers));
    const importing::RowBuilder builder(mapping, file.fileName());
    importing::ProspectDraft draft;
    qint64 rows = 0;
    qint64 rejected = 0;
    qint64 jsonBytes = 0;
    qint64 readOnlyRows = 0;
    double readCpu = 0;
    const bool readOnly = argc > 2 && QByteArray(argv[2]) == "--read-only";
    while (reader.next(record)) {
        ++rows;
        if (readOnly) {
            ++readOnlyRows;
            continue;
        }
        if (!builder.build(record, draft).isEmpty())
            ++rejected;
        else
            jsonBytes += importing::customFieldsJson(draft.customFields).size();
    }
    readCpu = cpuSeconds() - cpu0;
    out << rows << " rows, " << rejected << " rejected, " << jsonBytes << " JSON chars; wall "
        << wall.elapsed() << " ms, CPU " << qRound64(readCpu * 1000) << " ms"
        << (readOnly ? " (read only)" : "") << '\n';
    return 0;
}

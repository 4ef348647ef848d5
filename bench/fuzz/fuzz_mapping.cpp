// libFuzzer target for the mapping/normalization layer: arbitrary text read as CSV, its first record
// used as headers (preset detection, every preset's automatic mapping, a saved mapping retargeted),
// every following record through RowBuilder (normalization + validation), and every field through
// each normalizer. Besides crashes, leaks and UB, it traps when a promise the importer relies on
// breaks: one assignment per header, mappings that survive their JSON form, accepted rows that carry
// an identity, and canonical values (e-mail, LinkedIn URL, domain, phone key) that are fixed points
// of their own normalizer, because de-duplication compares stored canonical values with the
// normalized form of re-imported ones (an export imported again must match itself).
#include "csv/csvreader.h"
#include "importing/mappingpresets.h"
#include "importing/normalizer.h"
#include "importing/rowbuilder.h"

#include <QBuffer>
#include <cstddef>
#include <cstdint>

using namespace prospector;
using namespace prospector::importing;

namespace {

constexpr int kMaxRows = 64;

void require(bool condition) {
    if (!condition)
        __builtin_trap();
}

bool sameMapping(const ColumnMapping &a, const ColumnMapping &b) {
    if (a.name != b.name || a.columns.size() != b.columns.size())
        return false;
    for (qsizetype i = 0; i < a.columns.size(); ++i) {
        if (a.columns.at(i).header != b.columns.at(i).header ||
            a.columns.at(i).field != b.columns.at(i).field)
            return false;
    }
    return true;
}

void checkMapping(const ColumnMapping &mapping, const QStringList &headers) {
    require(mapping.columns.size() == headers.size());
    for (qsizetype i = 0; i < headers.size(); ++i)
        require(mapping.columns.at(i).header == headers.at(i));
    require(sameMapping(ColumnMapping::fromJson(mapping.toJson()), mapping));
}

// Each normalizer on one raw value; canonical outputs must be stable under a second pass.
void checkNormalizers(const QString &raw) {
    const QString text = normalize::text(raw);
    require(normalize::text(text) == text);

    const QString email = normalize::email(raw);
    if (normalize::isValidEmail(email)) {
        require(normalize::email(email) == email);
        require(normalize::isValidEmail(normalize::email(email)));
    }

    const QString linkedin = normalize::linkedinUrl(raw);
    if (!linkedin.isEmpty()) {
        require(linkedin.startsWith(QLatin1StringView("https://www.linkedin.com/in/")));
        require(normalize::linkedinUrl(linkedin) == linkedin);
    }

    const QString domain = normalize::domainFromWebsite(raw);
    if (!domain.isEmpty())
        require(normalize::domainFromWebsite(domain) == domain);

    for (QChar c : normalize::phoneKey(raw))
        require(c >= u'0' && c <= u'9');

    const normalize::PersonName name = normalize::splitFullName(raw);
    require(name.first.isEmpty() || !name.first.contains(u' '));
    (void)normalize::splitLocation(raw);
}

void checkDraft(const ProspectDraft &draft) {
    require(!draft.email.isEmpty() || !draft.linkedinUrl.isEmpty() || !draft.nameKey.isEmpty());
    if (!draft.email.isEmpty()) {
        require(normalize::isValidEmail(draft.email));
        require(normalize::email(draft.email) == draft.email);
    }
    if (!draft.linkedinUrl.isEmpty())
        require(normalize::linkedinUrl(draft.linkedinUrl) == draft.linkedinUrl);
    if (!draft.companyDomain.isEmpty())
        require(normalize::domainFromWebsite(draft.companyDomain) == draft.companyDomain);
    for (QChar c : draft.phoneKey)
        require(c >= u'0' && c <= u'9');
    for (const QString &tag : draft.tags)
        require(!tag.isEmpty() && tag == tag.trimmed());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 2)
        return 0;
    // First byte: which preset the import is told to use, and whether a saved mapping is retargeted.
    const QStringList presets = MappingPresets::presetIds();
    const quint8 control = data[0];
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    csv::CsvDialect dialect;
    dialect.delimiter = (control & 0x40) ? u';' : u',';
    csv::CsvReader reader(&device, dialect);
    csv::CsvRecord record;
    if (!reader.next(record) || record.problem != csv::CsvRecord::Problem::None)
        return 0;

    QStringList headers;
    for (const QString &header : std::as_const(record.fields)) {
        headers << header.trimmed();
        (void)MappingPresets::normalizeHeader(header);
    }
    const QString detected = MappingPresets::detect(headers);
    require(MappingPresets::isPreset(detected));
    for (const QString &preset : presets)
        checkMapping(MappingPresets::map(headers, preset), headers);

    const QString chosen = presets.at((control & 0x0f) % presets.size());
    ColumnMapping mapping = MappingPresets::map(headers, chosen);
    if (control & 0x80) {
        // A mapping saved for another file (here: the same headers reversed, another preset),
        // applied to this one through its JSON form, as a saved mapping is.
        QStringList reversed(headers.crbegin(), headers.crend());
        ColumnMapping saved = MappingPresets::map(reversed, presets.at((control >> 4) % presets.size()));
        saved.name = QStringLiteral("saved");
        mapping = ColumnMapping::fromJson(saved.toJson()).retargeted(headers, mapping);
        checkMapping(mapping, headers);
    }

    const RowBuilder builder(mapping, QStringLiteral("fuzz.csv"));
    ProspectDraft draft;
    for (int row = 0; row < kMaxRows && reader.next(record); ++row) {
        const QString reason = builder.build(record, draft);
        if (reason.isEmpty())
            checkDraft(draft);
        for (const QString &field : std::as_const(record.fields))
            checkNormalizers(field);
    }
    return 0;
}

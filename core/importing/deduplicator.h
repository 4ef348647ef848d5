#pragma once

#include "importing/importstore.h"
#include "importing/keyfilter.h"

namespace prospector::importing {

// Finds the prospect a row duplicates: by normalized email, then canonical LinkedIn URL, then
// name + company (SPEC F-IMP). Earlier rows of the same file are in the database already (same
// transaction), so one lookup path covers duplicates within the file and against the database.
// A KeyFilter in front answers "certainly new" for most rows without a query; every possible
// match is confirmed by the database, and a failing lookup is an error, never "not found".
class Deduplicator {
public:
    // Above this many stored prospects the filter would cost too much memory: every row is
    // looked up in the database instead (slower, equally correct).
    static constexpr qint64 kMaxSeededProspects = 3'000'000;

    explicit Deduplicator(ImportStore &store);

    bool seed(QString *error);

    enum class Outcome { New, Match, Error };
    // `bypassFilter` looks every key up in the database (after a UNIQUE violation on insert).
    Outcome find(const ProspectDraft &draft, ExistingProspect *match, QString *error,
                 bool bypassFilter = false);
    // Records the keys of a row that is now stored (inserted or merged).
    void remember(const ProspectDraft &draft);

    qint64 databaseLookups() const { return m_lookups; }

private:
    bool mightExist(KeyFilter::Kind kind, const QString &value) const;

    ImportStore &m_store;
    KeyFilter m_filter;
    bool m_filterComplete = false;
    qint64 m_lookups = 0;
};

} // namespace prospector::importing

#include "review/searchprefixschema.h"

namespace prospector::review {

// Every typed word is a prefix ("sales dir"). FTS5 answers a prefix from a prefix index when it
// has one of that length; otherwise it merges the lists of every word that starts with it into
// one list first (positions included). With only '2 3', a common 4- or 5-letter word ("labs",
// "sales") cost 10 ms of merging on a million prospects, and a search for "sales dir" sorted by
// score took 16 ms before its first row (review target: 20 ms with filters). With '2 3 4 5' it
// reads one list: measured 6-9 ms instead of 11-15 for "sales* dir*", 2-6 instead of 12 for
// "ber* labs*". The price: building the index of a million prospects takes 3.5 s longer (9.5 ->
// 13 s in the sqlite3 shell) and the index is about 50 % larger. Longer prefixes are rarely
// common enough to matter.
//
// FTS5 cannot change its options in place: the index is copied into a new table (the old one holds
// every indexed text) and renamed. legacy_alter_table: the modern rename re-checks every trigger,
// and the triggers that keep the index current name a table that is, for that moment, dropped.
storage::Migration searchPrefixSchemaMigration() {
    storage::Migration m;
    m.version = 19;
    m.description = QStringLiteral("review: prefix indexes of 4 and 5 characters for search");
    m.statements = {
        QStringLiteral("PRAGMA legacy_alter_table = ON"),
        QStringLiteral(R"(CREATE VIRTUAL TABLE prospect_search_prefixes USING fts5(
            name, email, company, title, notes,
            tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5'
        ))"),
        QStringLiteral("INSERT INTO prospect_search_prefixes (rowid, name, email, company, title, notes) "
                       "SELECT rowid, name, email, company, title, notes FROM prospect_search"),
        QStringLiteral("DROP TABLE prospect_search"),
        QStringLiteral("ALTER TABLE prospect_search_prefixes RENAME TO prospect_search"),
        QStringLiteral("PRAGMA legacy_alter_table = OFF"),
    };
    return m;
}

} // namespace prospector::review

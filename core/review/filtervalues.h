#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace prospector::storage {
class Database;
}

namespace prospector::review {

// One value a filter can take, with how many prospects carry it (in the whole database, not the
// current view: the list is a picker, and the view's own count shows once the filter applies).
struct FilterValue {
    QString value; // what goes into ProspectQuery (an import id as text, a country, a company...)
    QString label; // what the rep reads (the import's file name, the value itself otherwise)
    qint64 count = 0;
    qint64 when = 0; // imports: when it started (epoch ms); 0 otherwise
};

// The values offered by the "More filters" picker: imports (newest first), sources, countries and
// companies (most frequent first), optionally narrowed to those containing a typed text. Every
// query walks an index and stops at `limit`, so the picker stays quick on a million prospects.
class FilterValues {
public:
    enum class Field { Import, Source, Country, Company };

    explicit FilterValues(const storage::Database &database);

    // nullopt (with `error`) when the database cannot be read.
    std::optional<QList<FilterValue>> values(Field field, const QString &contains, int limit,
                                             QString *error = nullptr) const;

    static std::optional<Field> fieldFromName(const QString &name); // import|source|country|company

private:
    const storage::Database &m_database;
};

} // namespace prospector::review
